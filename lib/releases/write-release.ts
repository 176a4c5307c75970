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
        await tx.publishedValue.createMany({
          data: values.slice(start, start + CHUNK).map((value) => ({ ...value, releaseId: release.id })),
        });
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
