import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getServerDatabase } from "../db/server-database.ts";
import { getInitiativesVersion } from "./get-initiatives-version.ts";
import { PUBLIC_STATUSES } from "./initiative-status.ts";

const idsCache = createVersionedCache<string, Set<number>>(1);

/** Whether an initiative with this id is public; the ids are cached per initiatives version. For the proxy's 404. */
export async function isPublishedInitiative(id: number): Promise<boolean> {
  const { prisma } = await getServerDatabase();
  const version = await getInitiativesVersion(prisma);
  const ids = await idsCache.get(version, "published", async () => {
    const rows = await prisma.initiative.findMany({ where: { status: { in: [...PUBLIC_STATUSES] } }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  });
  return ids.has(id);
}
