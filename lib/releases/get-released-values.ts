import type { FigureStatus, PrismaClient } from "../db/generated/client.ts";

export interface ReleasedValue {
  indicatorCode: string;
  year: number;
  areaCode: string;
  category: string;
  status: FigureStatus;
  count: number | null;
  base: number | null;
  rate: number | null;
}

/** A release's published values for some areas: rounded counts, rates and statuses only. */
export async function getReleasedValues(
  prisma: PrismaClient,
  releaseId: number,
  areaCodes: string[],
  options: { categories?: "total" | "all"; year?: number } = {},
): Promise<ReleasedValue[]> {
  return prisma.publishedValue.findMany({
    where: {
      releaseId,
      areaCode: { in: areaCodes },
      ...(options.categories === "all" ? {} : { category: "totaal" }),
      ...(options.year ? { year: options.year } : {}),
    },
    select: { indicatorCode: true, year: true, areaCode: true, category: true, status: true, count: true, base: true, rate: true },
    orderBy: [{ indicatorCode: "asc" }, { year: "asc" }],
  });
}
