import "server-only";
import type { AreaSummary } from "../areas/area-summary.ts";
import { getBuurt } from "../areas/get-buurt.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { type CbsFigureTable, getCbsFigures } from "../figures/get-cbs-figures.ts";
import { svgFrame, svgPathData } from "../geo/svg-shapes.ts";
import { requestDataVersion } from "./request-data-version.ts";

type Shaped = AreaSummary & { d: string };

export interface BuurtPageData {
  buurt: Shaped;
  wijk: AreaSummary;
  gemeente: AreaSummary;
  neighbours: Shaped[];
  /** The wijk's frame: the locator map shows the buurt among its neighbours. */
  viewBox: string;
  figures: CbsFigureTable | null;
}

const buurtCache = createVersionedCache<string, BuurtPageData | null>(2000);

const summary = ({ code, name, level, year }: AreaSummary): AreaSummary => ({ code, name, level, year });

/** Everything the buurt page shows, or null for a code that is not a buurt of this gemeente. */
export async function loadBuurtPage(code: string): Promise<BuurtPageData | null> {
  const config = getMunicipalityConfig();
  const [prisma, version] = await Promise.all([getPrisma(), requestDataVersion()]);
  return buurtCache.get(version, code, async () => {
    const view = await getBuurt(prisma, { code, gemeenteCode: config.gemeenteCode, year: config.areaYear });
    if (!view) return null;
    const figures = await getCbsFigures(prisma, [view.buurt.code, view.wijk.code, view.gemeente.code]);
    return {
      buurt: { ...summary(view.buurt), d: svgPathData(view.buurt.geometry) },
      wijk: summary(view.wijk),
      gemeente: summary(view.gemeente),
      neighbours: view.neighbours.map((neighbour) => ({ ...summary(neighbour), d: svgPathData(neighbour.geometry) })),
      viewBox: svgFrame([view.wijk.geometry]).viewBox,
      figures,
    };
  });
}
