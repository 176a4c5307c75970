import "server-only";
import { getAreaDivision } from "../areas/get-area-division.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { svgFrame, svgPathData } from "../geo/svg-shapes.ts";
import { requestDataVersion } from "./request-data-version.ts";

export interface HomePageData {
  year: number;
  viewBox: string;
  wijken: {
    code: string;
    name: string;
    outline: string;
    buurten: { code: string; name: string; d: string }[];
  }[];
}

const homeCache = createVersionedCache<string, HomePageData | null>(4);

/** The gemeente's division as map shapes and lists, computed once per data version. */
export async function loadHomePage(): Promise<HomePageData | null> {
  const config = getMunicipalityConfig();
  const [prisma, version] = await Promise.all([getPrisma(), requestDataVersion()]);
  return homeCache.get(version, `${config.gemeenteCode}/${config.areaYear}`, async () => {
    const division = await getAreaDivision(prisma, config.gemeenteCode, config.areaYear);
    if (!division) return null;
    return {
      year: division.year,
      viewBox: svgFrame([division.gemeente.geometry]).viewBox,
      wijken: division.wijken.map((wijk) => ({
        code: wijk.code,
        name: wijk.name,
        outline: svgPathData(wijk.geometry),
        buurten: wijk.buurten.map((buurt) => ({ code: buurt.code, name: buurt.name, d: svgPathData(buurt.geometry) })),
      })),
    };
  });
}
