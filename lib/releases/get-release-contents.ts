import type { PrismaClient } from "../db/generated/client.ts";

/** Which indicators a release holds, and for which years: what the API may name at all. */
export async function getReleaseContents(prisma: PrismaClient, releaseId: number): Promise<Map<string, number[]>> {
  const groups = await prisma.publishedValue.groupBy({
    by: ["indicatorCode", "year"],
    where: { releaseId },
    orderBy: [{ indicatorCode: "asc" }, { year: "asc" }],
  });
  const contents = new Map<string, number[]>();
  for (const group of groups) contents.set(group.indicatorCode, [...(contents.get(group.indicatorCode) ?? []), group.year]);
  return contents;
}
