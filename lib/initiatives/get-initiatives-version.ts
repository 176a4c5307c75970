import type { PrismaClient } from "../db/generated/client.ts";

/**
 * The state of all initiatives in one word: every submission, decision, edit and deletion
 * changes it, so caches of public initiative lists can tell when to refresh.
 */
export async function getInitiativesVersion(prisma: PrismaClient): Promise<string> {
  const [initiative, change] = await Promise.all([
    prisma.initiative.aggregate({ _max: { updatedAt: true }, _count: { _all: true } }),
    prisma.initiativeStatusChange.aggregate({ _max: { id: true } }),
  ]);
  // Deleting an initiative (a submitter's request) lowers the count, so the count is part of it.
  return `${initiative._max.updatedAt?.getTime() ?? 0}.${change._max.id ?? 0}.${initiative._count._all}`;
}
