import type { PrismaClient } from "../db/generated/client.ts";
import type { ImportProblem } from "../import/import-problem.ts";
import type { ImportSource } from "../import/import-source.ts";
import { buildAreaDivision } from "./import/build-area-division.ts";
import type { CoordinateSystem } from "./import/coordinate-system.ts";
import { parseAreaFile } from "./import/parse-area-file.ts";
import { type AreaWriteSummary, writeAreaDivision } from "./write-area-division.ts";

export interface ImportAreasOptions {
  gemeenteCode: string;
  gemeenteName: string;
  year?: number;
  crs?: CoordinateSystem;
  progress?: (stage: "validate" | "dissolve" | "write") => ((done: number, total: number) => void) | undefined;
}

/**
 * Reads gebiedsindeling files, checks them completely, then writes the division in one
 * transaction. Any problem throws ImportError before the database is touched.
 */
export async function importAreas(
  prisma: PrismaClient,
  sources: ImportSource[],
  options: ImportAreasOptions,
): Promise<{ summary: AreaWriteSummary; notices: ImportProblem[] }> {
  const validate = options.progress?.("validate");
  const parsed = sources.flatMap((source, index) => {
    const areas = parseAreaFile(source.content, source.file, { gemeenteCode: options.gemeenteCode, crs: options.crs });
    validate?.(index + 1, sources.length);
    return areas;
  });
  const division = buildAreaDivision(parsed, {
    gemeenteCode: options.gemeenteCode,
    gemeenteName: options.gemeenteName,
    year: options.year,
    onProgress: options.progress?.("dissolve"),
  });
  const summary = await writeAreaDivision(prisma, division, sources, options.progress?.("write"));
  return { summary, notices: division.notices };
}
