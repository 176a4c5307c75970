import { getDataVersion } from "../cache/data-version.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getServerDatabase } from "../db/server-database.ts";
import { getCurrentRelease } from "../releases/get-current-release.ts";
import { getMappedIndicatorCodes } from "./get-mapped-indicator-codes.ts";

const choicesCache = createVersionedCache<string, { indicators: Set<string>; years: Set<number> }>(2);

/** Whether the current release maps this indicator per buurt and has this year; cached per data version. */
export async function isKnownMapChoice(choice: { indicator?: string; year?: number }): Promise<boolean> {
  const { prisma } = await getServerDatabase();
  const { gemeenteCode, areaYear } = getMunicipalityConfig();
  const version = await getDataVersion(prisma);
  const known = await choicesCache.get(version, `${gemeenteCode}/${areaYear}`, async () => {
    const release = await getCurrentRelease(prisma);
    if (!release) return { indicators: new Set<string>(), years: new Set<number>() };
    return { indicators: await getMappedIndicatorCodes(prisma, release.id, { gemeenteCode, year: areaYear }), years: new Set(release.years) };
  });
  return (choice.indicator === undefined || known.indicators.has(choice.indicator)) && (choice.year === undefined || known.years.has(choice.year));
}
