import type { PrismaClient } from "../db/generated/client.ts";

export interface CurrentRelease {
  id: number;
  isDemo: boolean;
  years: number[];
  createdAt: Date;
}

/** The release every page, image, API and download serves; null before the first publication. */
export async function getCurrentRelease(prisma: PrismaClient): Promise<CurrentRelease | null> {
  return prisma.release.findFirst({
    where: { status: "CURRENT" },
    select: { id: true, isDemo: true, years: true, createdAt: true },
  });
}
