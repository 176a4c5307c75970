import "server-only";
import { getAreaDivision } from "../areas/get-area-division.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { requestDataVersion } from "../pages/request-data-version.ts";
import { type LocatableBuurt, locatable } from "./locate-buurt.ts";

export interface SubmissionAreas {
  areaYear: number;
  gemeenteName: string;
  /** The current division's buurten in WGS84, for placing a submitted point. */
  buurten: LocatableBuurt[];
}

const cache = createVersionedCache<string, SubmissionAreas | null>(2);

/** The buurten a submission can lie in, cached per data version; null before any division is imported. */
export async function loadSubmissionAreas(): Promise<SubmissionAreas | null> {
  const config = getMunicipalityConfig();
  const [prisma, version] = await Promise.all([getPrisma(), requestDataVersion()]);
  return cache.get(version, `${config.gemeenteCode}/${config.areaYear}`, async () => {
    const division = await getAreaDivision(prisma, config.gemeenteCode, config.areaYear);
    if (!division) return null;
    return {
      areaYear: config.areaYear,
      gemeenteName: division.gemeente.name,
      buurten: division.wijken.flatMap((wijk) => wijk.buurten.map((buurt) => locatable(buurt))),
    };
  });
}
