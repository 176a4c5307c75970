import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { canonicalJson } from "../import/canonical-json.ts";
import type { ImportSource } from "../import/import-source.ts";
import type { AreaDivision } from "./import/build-area-division.ts";

export interface AreaWriteSummary {
  year: number;
  gemeenteCode: string;
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  buurten: number;
  wijken: number;
  derivedOutlines: number;
}

const CHILDREN_FIRST = ["BUURT", "WIJK", "GEMEENTE"] as const;

/**
 * Makes the stored division of this gemeente and year equal to `division`, in one
 * transaction: it all lands or nothing does. Unchanged areas are not touched, so a
 * re-run changes nothing but the import log.
 */
export async function writeAreaDivision(
  prisma: PrismaClient,
  division: AreaDivision,
  sources: ImportSource[],
  onProgress?: (done: number, total: number) => void,
): Promise<AreaWriteSummary> {
  const { year, gemeenteCode } = division;
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.area.findMany({ where: { gemeenteCode, year } });
      const byCode = new Map(existing.map((area) => [area.code, area]));
      const summary: AreaWriteSummary = {
        year,
        gemeenteCode,
        created: 0,
        updated: 0,
        unchanged: 0,
        removed: 0,
        buurten: division.areas.filter((area) => area.level === "BUURT").length,
        wijken: division.areas.filter((area) => area.level === "WIJK").length,
        derivedOutlines: division.areas.filter((area) => area.derived).length,
      };

      // Parents first, so every child's foreign key finds its parent.
      for (const [index, area] of division.areas.entries()) {
        const data = {
          level: area.level,
          name: area.name,
          gemeenteCode,
          parentYear: area.parentCode ? year : null,
          parentCode: area.parentCode,
          geometry: area.geometry as unknown as Prisma.InputJsonValue,
          derived: area.derived,
        };
        const current = byCode.get(area.code);
        if (!current) {
          await tx.area.create({ data: { year, code: area.code, ...data } });
          summary.created++;
        } else if (
          current.level !== data.level ||
          current.name !== data.name ||
          current.parentCode !== data.parentCode ||
          current.derived !== data.derived ||
          canonicalJson(current.geometry) !== canonicalJson(data.geometry)
        ) {
          await tx.area.update({ where: { year_code: { year, code: area.code } }, data: { ...data, importedAt: new Date() } });
          summary.updated++;
        } else {
          summary.unchanged++;
        }
        onProgress?.(index + 1, division.areas.length);
      }

      // Areas that left the division go children first, after their successors exist.
      const keep = new Set(division.areas.map((area) => area.code));
      for (const level of CHILDREN_FIRST) {
        const gone = existing.filter((area) => area.level === level && !keep.has(area.code)).map((area) => area.code);
        if (gone.length === 0) continue;
        const { count } = await tx.area.deleteMany({ where: { year, code: { in: gone } } });
        summary.removed += count;
      }

      await tx.importLog.create({
        data: {
          kind: "areas",
          fileName: sources.map((source) => source.file).join(", "),
          sha256: sources.length === 1 ? sources[0]!.sha256 : combinedHash(sources),
          summary: { ...summary },
        },
      });
      return summary;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

/** One hash for a set of files, whatever order they were named in. */
function combinedHash(sources: ImportSource[]): string {
  const hashes = sources.map((source) => source.sha256).sort();
  return createHash("sha256").update(hashes.join("\n")).digest("hex");
}
