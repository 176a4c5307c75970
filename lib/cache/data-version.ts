import type { PrismaClient } from "../db/generated/client.ts";

/**
 * Every import and publication appends to the import log, so its newest id names the
 * state of all published data. Reads are cached per version: one indexed lookup per
 * request keeps every server instance exact, even when another process imported.
 */
export async function getDataVersion(prisma: PrismaClient): Promise<number> {
  const newest = await prisma.importLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return newest?.id ?? 0;
}
