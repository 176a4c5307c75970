import { getDataVersion } from "../cache/data-version.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getServerDatabase } from "../db/server-database.ts";

const idsCache = createVersionedCache<string, Set<string>>(1);

/** Whether an ambition with this id is stored; the ids are cached per data version. */
export async function isKnownAmbition(id: string): Promise<boolean> {
  const { prisma } = await getServerDatabase();
  const version = await getDataVersion(prisma);
  const ids = await idsCache.get(version, "ambitions", async () => {
    const rows = await prisma.ambition.findMany({ select: { id: true } });
    return new Set(rows.map((row) => row.id));
  });
  return ids.has(id);
}
