import "server-only";
import { classOfValue, type MapCellClass, type MapClass, mapClasses } from "../maps/map-classes.ts";
import { gridCell, gridRates, loadReleaseGrid } from "./load-release-grid.ts";

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

/**
 * One indicator and year of the current release on every buurt, with its colour classes.
 * Without a choice: the first buurt indicator where higher is worse, and the newest year.
 * Derived from the release grid, which holds every indicator of the year once per data version.
 */
export async function loadMapPage(choice: { indicator?: string; year?: number }): Promise<MapPageResult> {
  const result = await loadReleaseGrid(choice.year);
  if (result.kind === "unknown-year") return { kind: "unknown-choice" };
  if (result.kind !== "grid") return result;
  const { grid } = result;
  // The first picture should show a need: the first indicator where higher is worse.
  const indicator = choice.indicator
    ? grid.indicators.find((candidate) => candidate.code === choice.indicator)
    : (grid.indicators.find((candidate) => candidate.higherIsWorse) ?? grid.indicators[0]);
  if (!indicator) return { kind: "unknown-choice" };
  const classes = mapClasses(gridRates(grid, indicator.code));
  return {
    kind: "map",
    data: {
      isDemo: grid.isDemo,
      themes: grid.themes.map((theme) => ({
        ...theme,
        indicators: grid.indicators
          .filter((candidate) => candidate.themeCode === theme.code)
          .map((candidate) => ({ code: candidate.code, name: candidate.name })),
      })),
      indicator: {
        code: indicator.code,
        name: indicator.name,
        definition: indicator.definition,
        rateScale: indicator.rateScale,
        higherIsWorse: indicator.higherIsWorse,
      },
      years: grid.years,
      year: grid.year,
      viewBox: grid.viewBox,
      outlines: grid.outlines,
      buurten: grid.buurten.map((buurt) => {
        const cell = gridCell(grid, indicator.code, buurt.code);
        return {
          code: buurt.code,
          name: buurt.name,
          wijkName: buurt.wijkName,
          d: buurt.d,
          ...cell,
          mapClass: classOfValue({ status: cell.status, value: cell.rate }, classes),
        };
      }),
      classes,
    },
  };
}
