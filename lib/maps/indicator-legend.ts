import { formatRate } from "../figures/format-indicator-cell.ts";
import type { MapCellClass, MapClass } from "./map-classes.ts";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface IndicatorLegendEntry {
  mapClass: MapCellClass;
  label: string;
  count: string;
}

/**
 * The indicator map's legend in words: every value class with its range, then the two
 * classes without a value, always, each with how many buurten it holds. The portal's map
 * and the embedded one say exactly the same.
 */
export function indicatorLegendEntries(
  data: { classes: MapClass[]; buurten: { mapClass: MapCellClass }[]; indicator: { rateScale: number } },
  locale: "nl" | "en",
  t: Translate,
): IndicatorLegendEntry[] {
  const rate = (value: number) => formatRate(value, data.indicator.rateScale, locale, t);
  const classCount = data.classes.length;
  const countOf = (mapClass: MapCellClass) => data.buurten.filter((buurt) => buurt.mapClass === mapClass).length;
  const rangeKey = (index: number) =>
    index === 1 && classCount > 1 ? "map.classLabelLowest" : index === classCount && classCount > 1 ? "map.classLabelHighest" : "map.classLabel";
  return [
    ...data.classes.map((mapClass) => ({
      mapClass: mapClass.index,
      label: `${t("map.classShort", { index: mapClass.index, count: classCount })}: ${t(rangeKey(mapClass.index), { from: rate(mapClass.from), to: rate(mapClass.to) })}`,
      count: t("map.buurtCount", { count: mapClass.count }),
    })),
    { mapClass: "suppressed", label: t("map.legendSuppressed"), count: t("map.buurtCount", { count: countOf("suppressed") }) },
    { mapClass: "no-data", label: t("map.legendNoData"), count: t("map.buurtCount", { count: countOf("no-data") }) },
  ];
}
