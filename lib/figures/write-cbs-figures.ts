import type { PrismaClient } from "../db/generated/client.ts";
import type { ImportSource } from "../import/import-source.ts";
import type { CbsFigure } from "./import/parse-cbs-figures.ts";
import type { CbsField } from "./import/parse-cbs-fields.ts";

export const CBS_SOURCE = "CBS";
const CHUNK = 1000;

export interface CbsTableImport {
  tableId: string;
  year: number;
  gemeenteCode: string;
  fields: CbsField[];
  figures: CbsFigure[];
}

export interface CbsWriteSummary {
  tableId: string;
  year: number;
  areas: number;
  figures: number;
  published: number;
  suppressed: number;
  noData: number;
}

/** Every stored figure of one gemeente: its own code and those of its wijken and buurten. */
function gemeenteScope(gemeenteCode: string) {
  const number = gemeenteCode.slice(2);
  return {
    OR: [{ areaCode: gemeenteCode }, { areaCode: { startsWith: `WK${number}` } }, { areaCode: { startsWith: `BU${number}` } }],
  };
}

/**
 * Replaces this gemeente's figures of one CBS table in one transaction, so a re-run gives
 * the same rows and a failure leaves the previous import in place.
 */
export async function writeCbsFigures(
  prisma: PrismaClient,
  table: CbsTableImport,
  sources: ImportSource[],
  onProgress?: (done: number, total: number) => void,
): Promise<CbsWriteSummary> {
  const { tableId, year } = table;
  return prisma.$transaction(
    async (tx) => {
      for (const field of table.fields.filter((f) => f.role === "figure")) {
        const definition = {
          year,
          title: field.title,
          topicGroup: field.topicGroup,
          unit: field.unit,
          decimals: field.decimals,
          description: field.description,
          position: field.position,
        };
        await tx.figureDefinition.upsert({
          where: { source_tableId_key: { source: CBS_SOURCE, tableId, key: field.key } },
          create: { source: CBS_SOURCE, tableId, key: field.key, ...definition },
          update: definition,
        });
      }
      await tx.figure.deleteMany({ where: { source: CBS_SOURCE, tableId, ...gemeenteScope(table.gemeenteCode) } });
      for (let start = 0; start < table.figures.length; start += CHUNK) {
        const chunk = table.figures.slice(start, start + CHUNK);
        await tx.figure.createMany({ data: chunk.map((figure) => ({ source: CBS_SOURCE, tableId, year, ...figure })) });
        onProgress?.(Math.min(start + CHUNK, table.figures.length), table.figures.length);
      }
      const count = (status: CbsFigure["status"]) => table.figures.filter((f) => f.status === status).length;
      const summary: CbsWriteSummary = {
        tableId,
        year,
        areas: new Set(table.figures.map((figure) => figure.areaCode)).size,
        figures: table.figures.length,
        published: count("PUBLISHED"),
        suppressed: count("SUPPRESSED"),
        noData: count("NO_DATA"),
      };
      await tx.importLog.create({
        data: {
          kind: "cbs-figures",
          fileName: sources.map((source) => source.file).join(", "),
          sha256: sources[0]!.sha256,
          summary: { ...summary },
        },
      });
      return summary;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
