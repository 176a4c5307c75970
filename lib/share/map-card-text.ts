import { formatRate } from "../figures/format-indicator-cell.ts";
import type { MapCellClass, MapClass } from "../maps/map-classes.ts";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface MapCardLegendEntry {
  mapClass: MapCellClass;
  /** The class's range in words: "12,0% tot en met 14,5% (hoogste)", or "afgeschermd". */
  label: string;
}

/** Every word on an indicator map's share card. */
export interface MapCardText {
  siteName: string;
  title: string;
  subtitle: string;
  legend: MapCardLegendEntry[];
  demo: string | null;
  protection: string;
}

export interface MapCardInput {
  gemeente: string;
  isDemo: boolean;
  indicator: { name: { nl: string; en: string }; rateScale: number };
  year: number;
  classes: readonly MapClass[];
}

/**
 * The card's text with the map page's own words for classes, "withheld" and "no data", so a
 * shared picture never says more than the page does. The two classes without a value are
 * always in the legend, as on the page.
 */
export function mapCardText(data: MapCardInput, locale: "nl" | "en", t: Translate): MapCardText {
  const count = data.classes.length;
  const rate = (value: number) => formatRate(value, data.indicator.rateScale, locale, t);
  const rangeKey = (index: number) =>
    count > 1 && index === 1 ? "map.classLabelLowest" : count > 1 && index === count ? "map.classLabelHighest" : "map.classLabel";
  return {
    siteName: t("share.siteName", { gemeente: data.gemeente }),
    title: data.indicator.name[locale],
    subtitle: t("share.mapSubtitle", { gemeente: data.gemeente, year: data.year }),
    legend: [
      ...data.classes.map((mapClass) => ({ mapClass: mapClass.index, label: t(rangeKey(mapClass.index), { from: rate(mapClass.from), to: rate(mapClass.to) }) })),
      { mapClass: "suppressed" as const, label: t("release.SUPPRESSED") },
      { mapClass: "no-data" as const, label: t("release.NO_DATA") },
    ],
    demo: data.isDemo ? t("share.demo") : null,
    protection: t("share.protection"),
  };
}
