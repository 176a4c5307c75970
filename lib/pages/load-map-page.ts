import "server-only";
import { getAreaDivision } from "../areas/get-area-division.ts";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { svgFrame, svgPathData } from "../geo/svg-shapes.ts";
import { getCatalogue } from "../indicators/get-catalogue.ts";
import { getMappedIndicatorCodes } from "../maps/get-mapped-indicator-codes.ts";
import { classOfValue, type MapCellClass, type MapClass, mapClasses } from "../maps/map-classes.ts";
import { getCurrentRelease } from "../releases/get-current-release.ts";
import { requestDataVersion } from "./request-data-version.ts";

type Text = { nl: string; en: string };

export interface MapBuurt {
  code: string;
  name: string;
  wijkName: string;
  d: string;
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
  count: number | null;
  rate: number | null;
  mapClass: MapCellClass;
}

export interface MapPageData {
  isDemo: boolean;
  /** Indicators published per buurt in the current release, grouped by theme, for the picker. */
  themes: { code: string; name: Text; indicators: { code: string; name: Text }[] }[];
  indicator: { code: string; name: Text; definition: Text; rateScale: number; higherIsWorse: boolean };
  years: number[];
  year: number;
  viewBox: string;
  outlines: { code: string; d: string }[];
  buurten: MapBuurt[];
  classes: MapClass[];
}

/** Why there is no map: nothing published yet, or a choice in the URL that does not exist. */
export type MapPageResult = { kind: "map"; data: MapPageData } | { kind: "no-release" } | { kind: "unknown-choice" };

const mapCache = createVersionedCache<string, MapPageResult>(200);

/**
 * One indicator and year of the current release on every buurt, with its colour classes.
 * Without a choice: the first buurt indicator where higher is worse, and the newest year.
 */
export async function loadMapPage(choice: { indicator?: string; year?: number }): Promise<MapPageResult> {
  const config = getMunicipalityConfig();
  const [prisma, version] = await Promise.all([getPrisma(), requestDataVersion()]);
  return mapCache.get(version, `${choice.indicator ?? ""}|${choice.year ?? ""}`, async () => {
    const [release, catalogue, division] = await Promise.all([
      getCurrentRelease(prisma),
      getCatalogue(prisma),
      getAreaDivision(prisma, config.gemeenteCode, config.areaYear),
    ]);
    if (!release || release.years.length === 0 || !division) return { kind: "no-release" };
    const mapped = await getMappedIndicatorCodes(prisma, release.id, { gemeenteCode: config.gemeenteCode, year: config.areaYear });
    const onMap = catalogue.indicators.filter((indicator) => mapped.has(indicator.code));
    // The first picture should show a need: the first indicator where higher is worse.
    const indicator = choice.indicator
      ? onMap.find((candidate) => candidate.code === choice.indicator)
      : (onMap.find((candidate) => candidate.higherIsWorse) ?? onMap[0]);
    const years = [...release.years].sort((a, b) => a - b);
    const year = choice.year ?? years.at(-1)!;
    if (!indicator || !years.includes(year)) return { kind: "unknown-choice" };

    const buurtCodes = division.wijken.flatMap((wijk) => wijk.buurten.map((buurt) => buurt.code));
    const values = await prisma.publishedValue.findMany({
      where: { releaseId: release.id, indicatorCode: indicator.code, year, category: "totaal", areaCode: { in: buurtCodes } },
      select: { areaCode: true, status: true, count: true, rate: true },
    });
    const byArea = new Map(values.map((value) => [value.areaCode, value]));
    const rows = division.wijken.flatMap((wijk) =>
      wijk.buurten.map((buurt) => {
        const value = byArea.get(buurt.code);
        return {
          code: buurt.code,
          name: buurt.name,
          wijkName: wijk.name,
          d: svgPathData(buurt.geometry),
          status: value?.status ?? "NO_DATA",
          count: value?.count ?? null,
          rate: value?.rate ?? null,
        } as const;
      }),
    );
    const classes = mapClasses(rows.flatMap((row) => (row.status === "PUBLISHED" && row.rate !== null ? [row.rate] : [])));
    return {
      kind: "map",
      data: {
        isDemo: release.isDemo,
        themes: catalogue.themes
          .map((theme) => ({
            code: theme.code,
            name: { nl: theme.nameNl, en: theme.nameEn },
            indicators: onMap
              .filter((candidate) => candidate.themeCode === theme.code)
              .map((candidate) => ({ code: candidate.code, name: { nl: candidate.nameNl, en: candidate.nameEn } })),
          }))
          .filter((theme) => theme.indicators.length > 0),
        indicator: {
          code: indicator.code,
          name: { nl: indicator.nameNl, en: indicator.nameEn },
          definition: { nl: indicator.definitionNl, en: indicator.definitionEn },
          rateScale: indicator.rateScale,
          higherIsWorse: indicator.higherIsWorse,
        },
        years,
        year,
        viewBox: svgFrame([division.gemeente.geometry]).viewBox,
        outlines: division.wijken.map((wijk) => ({ code: wijk.code, d: svgPathData(wijk.geometry) })),
        buurten: rows.map((row) => ({ ...row, mapClass: classOfValue({ status: row.status, value: row.rate }, classes) })),
        classes,
      },
    };
  });
}
