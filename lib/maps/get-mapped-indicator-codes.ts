import type { PrismaClient } from "../db/generated/client.ts";

/** The indicators a release maps: published on the buurt level, with values for the gemeente's buurten. */
export async function getMappedIndicatorCodes(
  prisma: PrismaClient,
  releaseId: number,
  area: { gemeenteCode: string; year: number },
): Promise<Set<string>> {
  const [onBuurtLevel, buurten] = await Promise.all([
    prisma.indicator.findMany({ where: { levels: { has: "BUURT" } }, select: { code: true } }),
    prisma.area.findMany({ where: { gemeenteCode: area.gemeenteCode, year: area.year, level: "BUURT" }, select: { code: true } }),
  ]);
  const inRelease = await prisma.publishedValue.findMany({
    where: { releaseId, category: "totaal", areaCode: { in: buurten.map((buurt) => buurt.code) } },
    select: { indicatorCode: true },
    distinct: ["indicatorCode"],
  });
  const published = new Set(inRelease.map((row) => row.indicatorCode));
  return new Set(onBuurtLevel.map((row) => row.code).filter((code) => published.has(code)));
}
