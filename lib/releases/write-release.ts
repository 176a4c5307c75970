import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import type { PlannedValue } from "./plan-release.ts";

export interface ReleaseRecord {
  gemeenteCode: string;
  divisionYear: number;
  years: number[];
  isDemo: boolean;
  parameters: Prisma.InputJsonValue;
  ruleCounts: Prisma.InputJsonValue;
  audit: Prisma.InputJsonValue;
  inputFingerprint: string;
}

const CHUNK = 5000;

/**
 * Stores a release and makes it the current one in one transaction: readers see the old
 * release or the new one, never a mix, and a failure leaves the old one in place.
 */
export async function writeRelease(
  prisma: PrismaClient,
  record: ReleaseRecord,
  values: PlannedValue[],
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  return prisma.$transaction(
    async (tx) => {
      await tx.release.updateMany({ where: { status: "CURRENT" }, data: { status: "SUPERSEDED" } });
      const release = await tx.release.create({ data: { ...record, status: "CURRENT" }, select: { id: true } });
      for (let start = 0; start < values.length; start += CHUNK) {
        // One JSON parameter per chunk instead of nine bind parameters per row: the embedded
        // database (wasm) spends most of a createMany on binding, not on inserting.
        await tx.$executeRaw`
          INSERT INTO "PublishedValue" ("releaseId", "indicatorCode", "year", "areaCode", "category", "status", "count", "base", "rate")
          SELECT ${release.id}, v."indicatorCode", v."year", v."areaCode", v."category", v."status"::"FigureStatus", v."count", v."base", v."rate"
          FROM jsonb_to_recordset(${JSON.stringify(values.slice(start, start + CHUNK))}::jsonb)
            AS v("indicatorCode" text, "year" int, "areaCode" varchar(10), "category" text, "status" text, "count" int, "base" int, "rate" double precision)`;
        onProgress?.(Math.min(start + CHUNK, values.length), values.length);
      }
      await tx.importLog.create({
        data: {
          kind: "release",
          fileName: `release ${release.id}`,
          sha256: record.inputFingerprint,
          summary: { releaseId: release.id, values: values.length, isDemo: record.isDemo },
        },
      });
      return release.id;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
}
