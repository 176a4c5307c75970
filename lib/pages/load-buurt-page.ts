import "server-only";
import type { AreaSummary } from "../areas/area-summary.ts";
import { getBuurt } from "../areas/get-buurt.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { getFacilityReach, type ReachView } from "../facilities/get-facility-reach.ts";
import { type CbsFigureTable, getCbsFigures } from "../figures/get-cbs-figures.ts";
import { isInWorstFifth } from "../figures/worst-fifth.ts";
import { svgFrame, svgPathData } from "../geo/svg-shapes.ts";
import { getCatalogue } from "../indicators/get-catalogue.ts";
import { type BuurtAmbition, getBuurtAmbitions } from "../omgevingsvisie/get-buurt-ambitions.ts";
import { getCurrentRelease } from "../releases/get-current-release.ts";
import { getReleasedValues } from "../releases/get-released-values.ts";
import { gridRates, loadReleaseGrid } from "./load-release-grid.ts";
import { requestDataVersion } from "./request-data-version.ts";

type Shaped = AreaSummary & { d: string };

export interface IndicatorCell {
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
  count: number | null;
  rate: number | null;
}

export interface IndicatorRow {
  code: string;
  name: { nl: string; en: string };
  definition: { nl: string; en: string };
  rateScale: number;
  higherIsWorse: boolean;
  /** By area code; an area the indicator is not published for has NO_DATA. */
  cells: Record<string, IndicatorCell>;
  /** The buurt's own figure in every year of the release, oldest first. */
  trend: { year: number; cell: IndicatorCell }[];
  /** The buurt is among the gemeente's worst fifth of buurten in the newest year. */
  standsOut: boolean;
}

export interface ThemeSection {
  code: string;
  name: { nl: string; en: string };
  indicators: IndicatorRow[];
}

export interface ReleaseSection {
  isDemo: boolean;
  year: number;
  /** Every year of the release, oldest first: what the download form offers. */
  years: number[];
  themes: ThemeSection[];
}

export interface BuurtPageData {
  buurt: Shaped;
  wijk: AreaSummary;
  gemeente: AreaSummary;
  neighbours: Shaped[];
  /** The wijk's frame: the locator map shows the buurt among its neighbours. */
  viewBox: string;
  figures: CbsFigureTable | null;
  /** The current protected release for this buurt, its wijk and gemeente; null before any. */
  release: ReleaseSection | null;
  /** Distance to the nearest facility of each type, in catalogue order of the stored types. */
  reach: ReachView[];
  /** Omgevingsvisie ambitions whose area touches the buurt. */
  ambitions: BuurtAmbition[];
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
    const codes = [view.buurt.code, view.wijk.code, view.gemeente.code];
    const [figures, release, reach, ambitions] = await Promise.all([
      getCbsFigures(prisma, codes),
      loadReleaseSection(prisma, codes),
      getFacilityReach(prisma, config.areaYear, { buurtCode: code }),
      getBuurtAmbitions(prisma, code, config.areaYear),
    ]);
    return {
      buurt: { ...summary(view.buurt), d: svgPathData(view.buurt.geometry) },
      wijk: summary(view.wijk),
      gemeente: summary(view.gemeente),
      neighbours: view.neighbours.map((neighbour) => ({ ...summary(neighbour), d: svgPathData(neighbour.geometry) })),
      viewBox: svgFrame([view.wijk.geometry]).viewBox,
      figures,
      release,
      reach,
      ambitions,
    };
  });
}

const NO_DATA: IndicatorCell = { status: "NO_DATA", count: null, rate: null };

/**
 * The newest year of the current release, as theme sections of indicator rows, with the
 * buurt's figures over the years and whether it is among the gemeente's worst fifth.
 */
async function loadReleaseSection(
  prisma: Awaited<ReturnType<typeof getPrisma>>,
  areaCodes: string[],
): Promise<ReleaseSection | null> {
  const release = await getCurrentRelease(prisma);
  if (!release || release.years.length === 0) return null;
  const year = Math.max(...release.years);
  const buurtCode = areaCodes[0]!;
  // Every buurt's values of the year are read once per data version, for all pages alike.
  const [catalogue, values, history, grid] = await Promise.all([
    getCatalogue(prisma),
    getReleasedValues(prisma, release.id, areaCodes, { year }),
    getReleasedValues(prisma, release.id, [buurtCode]),
    loadReleaseGrid(year),
  ]);
  const byIndicator = new Map<string, Record<string, IndicatorCell>>();
  for (const value of values) {
    const cells = byIndicator.get(value.indicatorCode) ?? {};
    cells[value.areaCode] = { status: value.status, count: value.count, rate: value.rate };
    byIndicator.set(value.indicatorCode, cells);
  }
  const ratesOf = (indicator: string) => (grid.kind === "grid" ? gridRates(grid.grid, indicator) : []);
  const years = [...release.years].sort((a, b) => a - b);
  const trendOf = (indicator: string) =>
    years.map((trendYear) => {
      const value = history.find((row) => row.indicatorCode === indicator && row.year === trendYear);
      return { year: trendYear, cell: value ? { status: value.status, count: value.count, rate: value.rate } : NO_DATA };
    });
  const themes = catalogue.themes
    .map((theme) => ({
      code: theme.code,
      name: { nl: theme.nameNl, en: theme.nameEn },
      indicators: catalogue.indicators
        .filter((indicator) => indicator.themeCode === theme.code && byIndicator.has(indicator.code))
        .map((indicator) => ({
          code: indicator.code,
          name: { nl: indicator.nameNl, en: indicator.nameEn },
          definition: { nl: indicator.definitionNl, en: indicator.definitionEn },
          rateScale: indicator.rateScale,
          higherIsWorse: indicator.higherIsWorse,
          cells: Object.fromEntries(areaCodes.map((code) => [code, byIndicator.get(indicator.code)![code] ?? NO_DATA])),
          trend: trendOf(indicator.code),
          standsOut: standsOut(byIndicator.get(indicator.code)![buurtCode], ratesOf(indicator.code), indicator.higherIsWorse),
        })),
    }))
    .filter((theme) => theme.indicators.length > 0);
  return { isDemo: release.isDemo, year, years, themes };
}

function standsOut(cell: IndicatorCell | undefined, rates: number[], higherIsWorse: boolean): boolean {
  return cell?.status === "PUBLISHED" && cell.rate !== null && isInWorstFifth(cell.rate, rates, higherIsWorse);
}
