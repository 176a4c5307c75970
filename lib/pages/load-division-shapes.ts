import "server-only";
import { getAreaDivision } from "../areas/get-area-division.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { svgFrame, svgPathData } from "../geo/svg-shapes.ts";
import { requestDataVersion } from "./request-data-version.ts";

export interface DivisionShapes {
  gemeente: { code: string; name: string };
  buurten: { code: string; name: string; wijkCode: string; wijkName: string; d: string }[];
  viewBox: string;
  outlines: { code: string; d: string }[];
}

const cache = createVersionedCache<string, DivisionShapes | null>(2);

/** The buurten as SVG paths with the wijk outlines: the base of every map without figures. */
export async function loadDivisionShapes(): Promise<DivisionShapes | null> {
  const config = getMunicipalityConfig();
  const [prisma, version] = await Promise.all([getPrisma(), requestDataVersion()]);
  return cache.get(version, "division", async () => {
    const division = await getAreaDivision(prisma, config.gemeenteCode, config.areaYear);
    if (!division) return null;
    return {
      gemeente: { code: division.gemeente.code, name: division.gemeente.name },
      buurten: division.wijken.flatMap((wijk) =>
        wijk.buurten.map((buurt) => ({ code: buurt.code, name: buurt.name, wijkCode: wijk.code, wijkName: wijk.name, d: svgPathData(buurt.geometry) })),
      ),
      viewBox: svgFrame([division.gemeente.geometry]).viewBox,
      outlines: division.wijken.map((wijk) => ({ code: wijk.code, d: svgPathData(wijk.geometry) })),
    };
  });
}
