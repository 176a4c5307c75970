import "server-only";
import { getAreaDivision } from "../areas/get-area-division.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import type { ReleasedCell } from "../figures/format-indicator-cell.ts";
import { svgFrame, svgPathData } from "../geo/svg-shapes.ts";
import { getCatalogue } from "../indicators/get-catalogue.ts";
import { getMappedIndicatorCodes } from "../maps/get-mapped-indicator-codes.ts";
import { getCurrentRelease } from "../releases/get-current-release.ts";
import { requestDataVersion } from "./request-data-version.ts";

type Text = { nl: string; en: string };

export interface GridIndicator {
  code: string;
  themeCode: string;
  name: Text;
  definition: Text;
  rateScale: number;
  higherIsWorse: boolean;
  subsetOf: string[];
}

export interface GridBuurt {
  code: string;
  name: string;
  wijkCode: string;
  wijkName: string;
  d: string;
}

/**
 * Every buurt indicator of the current release for one year, with the buurten's shapes:
 * what the stacking, overlap and comparison pages derive their pictures from.
 */
export interface ReleaseGrid {
  releaseId: number;
  isDemo: boolean;
  years: number[];
  year: number;
  gemeente: { code: string; name: string };
  themes: { code: string; name: Text }[];
  /** Indicators published per buurt, in catalogue order. */
  indicators: GridIndicator[];
  buurten: GridBuurt[];
  viewBox: string;
  outlines: { code: string; d: string }[];
  /** Indicator code → buurt code → published cell (missing: no data). */
  cells: Map<string, Map<string, ReleasedCell>>;
}

export type ReleaseGridResult = { kind: "grid"; grid: ReleaseGrid } | { kind: "no-release" } | { kind: "unknown-year" };

const gridCache = createVersionedCache<string, ReleaseGridResult>(20);

/** The grid for a year of the current release (the newest without one); cached per data version. */
export async function loadReleaseGrid(year?: number): Promise<ReleaseGridResult> {
  const config = getMunicipalityConfig();
  const [prisma, version] = await Promise.all([getPrisma(), requestDataVersion()]);
  return gridCache.get(version, String(year ?? ""), async () => {
    const [release, catalogue, division] = await Promise.all([
      getCurrentRelease(prisma),
      getCatalogue(prisma),
      getAreaDivision(prisma, config.gemeenteCode, config.areaYear),
    ]);
    if (!release || release.years.length === 0 || !division) return { kind: "no-release" };
    const years = [...release.years].sort((a, b) => a - b);
    const chosen = year ?? years.at(-1)!;
    if (!years.includes(chosen)) return { kind: "unknown-year" };
    const mapped = await getMappedIndicatorCodes(prisma, release.id, { gemeenteCode: config.gemeenteCode, year: config.areaYear });
    const buurten = division.wijken.flatMap((wijk) =>
      wijk.buurten.map((buurt) => ({ code: buurt.code, name: buurt.name, wijkCode: wijk.code, wijkName: wijk.name, d: svgPathData(buurt.geometry) })),
    );
    const values = await prisma.publishedValue.findMany({
      where: { releaseId: release.id, year: chosen, category: "totaal", areaCode: { in: buurten.map((buurt) => buurt.code) } },
      select: { indicatorCode: true, areaCode: true, status: true, count: true, rate: true },
    });
    const cells = new Map<string, Map<string, ReleasedCell>>();
    for (const value of values) {
      const byBuurt = cells.get(value.indicatorCode) ?? new Map<string, ReleasedCell>();
      byBuurt.set(value.areaCode, { status: value.status, count: value.count, rate: value.rate });
      cells.set(value.indicatorCode, byBuurt);
    }
    const indicators = catalogue.indicators
      .filter((indicator) => mapped.has(indicator.code))
      .map((indicator) => ({
        code: indicator.code,
        themeCode: indicator.themeCode,
        name: { nl: indicator.nameNl, en: indicator.nameEn },
        definition: { nl: indicator.definitionNl, en: indicator.definitionEn },
        rateScale: indicator.rateScale,
        higherIsWorse: indicator.higherIsWorse,
        subsetOf: indicator.subsetOf,
      }));
    return {
      kind: "grid",
      grid: {
        releaseId: release.id,
        isDemo: release.isDemo,
        years,
        year: chosen,
        gemeente: { code: division.gemeente.code, name: division.gemeente.name },
        themes: catalogue.themes
          .filter((theme) => indicators.some((indicator) => indicator.themeCode === theme.code))
          .map((theme) => ({ code: theme.code, name: { nl: theme.nameNl, en: theme.nameEn } })),
        indicators,
        buurten,
        viewBox: svgFrame([division.gemeente.geometry]).viewBox,
        outlines: division.wijken.map((wijk) => ({ code: wijk.code, d: svgPathData(wijk.geometry) })),
        cells,
      },
    };
  });
}

/** A buurt's cell for an indicator: missing means no data. */
export function gridCell(grid: ReleaseGrid, indicator: string, buurt: string): ReleasedCell {
  return grid.cells.get(indicator)?.get(buurt) ?? { status: "NO_DATA", count: null, rate: null };
}

/** The published rates of an indicator over the gemeente's buurten: what classes and the worst fifth are cut from. */
export function gridRates(grid: ReleaseGrid, indicator: string): number[] {
  return grid.buurten.flatMap((buurt) => {
    const cell = gridCell(grid, indicator, buurt.code);
    return cell.status === "PUBLISHED" && cell.rate !== null ? [cell.rate] : [];
  });
}
