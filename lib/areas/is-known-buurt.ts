import { getDataVersion } from "../cache/data-version.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getServerDatabase } from "../db/server-database.ts";

const codesCache = createVersionedCache<string, Set<string>>(2);

/** Whether a code is a buurt of the configured gemeente and division; the codes are cached per data version. */
export async function isKnownBuurt(code: string): Promise<boolean> {
  const { prisma } = await getServerDatabase();
  const { gemeenteCode, areaYear } = getMunicipalityConfig();
  const version = await getDataVersion(prisma);
  const codes = await codesCache.get(version, `${gemeenteCode}/${areaYear}`, async () => {
    const rows = await prisma.area.findMany({ where: { gemeenteCode, year: areaYear, level: "BUURT" }, select: { code: true } });
    return new Set(rows.map((row) => row.code));
  });
  return codes.has(code);
}
