import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import type { AmbitionOverlap } from "./compute-ambition-overlaps.ts";
import type { ParsedAmbition } from "./import/parse-ambition-file.ts";

export interface AmbitionWriteSummary {
  ambitions: number;
  overlaps: number;
  isDemo: boolean;
}

/** Replaces every ambition and its buurt overlaps in one transaction. */
export async function writeAmbitions(
  prisma: PrismaClient,
  input: { ambitions: ParsedAmbition[]; overlaps: AmbitionOverlap[]; areaYear: number; source: { file: string; sha256: string } },
): Promise<AmbitionWriteSummary> {
  const isDemo = input.ambitions.every((ambition) => ambition.isDemo);
  const summary: AmbitionWriteSummary = { ambitions: input.ambitions.length, overlaps: input.overlaps.length, isDemo };
  await prisma.$transaction(async (tx) => {
    await tx.ambitionBuurt.deleteMany({});
    await tx.ambition.deleteMany({});
    await tx.ambition.createMany({
      data: input.ambitions.map((ambition) => ({
        id: ambition.id,
        theme: ambition.theme,
        titleNl: ambition.titleNl,
        titleEn: ambition.titleEn,
        textNl: ambition.textNl,
        textEn: ambition.textEn,
        status: ambition.status,
        documentUrl: ambition.documentUrl,
        geometry: ambition.wgs84 as unknown as Prisma.InputJsonValue,
        isDemo: ambition.isDemo,
        position: ambition.position,
      })),
    });
    await tx.ambitionBuurt.createMany({ data: input.overlaps.map((overlap) => ({ ...overlap, areaYear: input.areaYear })) });
    await tx.importLog.create({
      data: { kind: isDemo ? "omgevingsvisie-demo" : "omgevingsvisie", fileName: input.source.file, sha256: input.source.sha256, summary: { ...summary } },
    });
  });
  return summary;
}
