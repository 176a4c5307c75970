import type { PrismaClient } from "../db/generated/client.ts";
import type { ImportSource } from "../import/import-source.ts";
import { parseCbsFigures } from "./import/parse-cbs-figures.ts";
import { parseCbsFields } from "./import/parse-cbs-fields.ts";
import { type CbsWriteSummary, writeCbsFigures } from "./write-cbs-figures.ts";

export interface ImportCbsTableOptions {
  gemeenteCode: string;
  tableId: string;
  year: number;
  onlyConfiguredGemeente?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Reads a CBS field list and its figure rows, checks both, then replaces the stored table. */
export async function importCbsTable(
  prisma: PrismaClient,
  fieldsSource: ImportSource,
  figuresSource: ImportSource,
  options: ImportCbsTableOptions,
): Promise<{ summary: CbsWriteSummary; skippedRows: number }> {
  const fields = parseCbsFields(fieldsSource.content, fieldsSource.file);
  const parsed = parseCbsFigures(figuresSource.content, figuresSource.file, {
    gemeenteCode: options.gemeenteCode,
    fields,
    onlyConfiguredGemeente: options.onlyConfiguredGemeente,
  });
  const summary = await writeCbsFigures(
    prisma,
    { tableId: options.tableId, year: options.year, gemeenteCode: options.gemeenteCode, fields, figures: parsed.figures },
    [figuresSource, fieldsSource],
    options.onProgress,
  );
  return { summary, skippedRows: parsed.skippedRows };
}
