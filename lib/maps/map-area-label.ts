import { formatIndicatorCell, type ReleasedCell } from "../figures/format-indicator-cell.ts";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What a buurt on any map says of itself: "Centrum (wijk Uden): 31,2% (45), 2024". */
export function mapAreaLabel(
  buurt: ReleasedCell & { name: string; wijkName: string },
  indicator: { rateScale: number; year: number },
  locale: "nl" | "en",
  t: Translate,
): string {
  const value = `${formatIndicatorCell(buurt, indicator.rateScale, locale, t)}, ${indicator.year}`;
  return t("map.areaLabel", { buurt: buurt.name, wijk: buurt.wijkName, value });
}
