import type { PrismaClient } from "../db/generated/client.ts";

export interface StoredCategory {
  code: string;
  nameNl: string;
  nameEn: string;
}

/** The stored catalogue with each indicator's categories resolved through its base population. */
export async function getCatalogue(prisma: PrismaClient) {
  const [themes, indicators] = await Promise.all([
    prisma.theme.findMany({ orderBy: { position: "asc" } }),
    prisma.indicator.findMany({ orderBy: { position: "asc" }, include: { base: { include: { categorySet: true } } } }),
  ]);
  return {
    themes,
    indicators: indicators.map((indicator) => ({
      ...indicator,
      categories: indicator.byCategory ? ((indicator.base.categorySet?.categories ?? []) as unknown as StoredCategory[]) : [],
    })),
  };
}

export type StoredCatalogue = Awaited<ReturnType<typeof getCatalogue>>;
export type StoredIndicator = StoredCatalogue["indicators"][number];
