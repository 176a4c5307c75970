import type { PrismaClient } from "../db/generated/client.ts";
import type { ReleasedValue } from "./get-released-values.ts";

export interface ReleasedValueFilter {
  indicatorCode?: string;
  year?: number;
  areaCodes?: string[];
  category?: string;
}

/** A release's published values by any combination of filters, in a stable order for paging. */
export async function listReleasedValues(prisma: PrismaClient, releaseId: number, filter: ReleasedValueFilter): Promise<ReleasedValue[]> {
  return prisma.publishedValue.findMany({
    where: {
      releaseId,
      ...(filter.indicatorCode ? { indicatorCode: filter.indicatorCode } : {}),
      ...(filter.year ? { year: filter.year } : {}),
      ...(filter.areaCodes ? { areaCode: { in: filter.areaCodes } } : {}),
      ...(filter.category ? { category: filter.category } : {}),
    },
    select: { indicatorCode: true, year: true, areaCode: true, category: true, status: true, count: true, base: true, rate: true },
    orderBy: [{ indicatorCode: "asc" }, { year: "asc" }, { areaCode: "asc" }, { category: "asc" }],
  });
}
