import { formatCount, formatRateNumber } from "../i18n/format-figures.ts";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface ReleasedCell {
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
  count: number | null;
  rate: number | null;
}

/** One released figure as text: rate with count, the count alone, or its status in words. */
export function formatIndicatorCell(cell: ReleasedCell, rateScale: number, locale: "nl" | "en", t: Translate): string {
  if (cell.status !== "PUBLISHED" || cell.count === null) return t(`release.${cell.status === "PUBLISHED" ? "NO_DATA" : cell.status}`);
  const count = formatCount(locale, cell.count);
  if (cell.rate === null) return count;
  return t("release.withCount", { rate: formatRate(cell.rate, rateScale, locale, t), count });
}

/** A rate with its unit: "12,3%" or "4,5 per 1.000". */
export function formatRate(rate: number, rateScale: number, locale: "nl" | "en", t: Translate): string {
  return t(rateScale === 100 ? "release.percent" : "release.perThousand", { rate: formatRateNumber(locale, rate) });
}
