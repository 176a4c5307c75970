import type { IndicatorTableRow } from "./figure-table-model.ts";
import { formatCount, formatRateNumber } from "../i18n/format-figures.ts";
import type { IndicatorRow } from "../pages/load-buurt-page.ts";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Indicator rows as table text in the page's language: rate with count, or the status in words. */
export function toIndicatorRows(rows: IndicatorRow[], areaCodes: string[], locale: "nl" | "en", t: Translate): IndicatorTableRow[] {
  return rows.map((row) => ({
    key: row.code,
    label: row.name[locale],
    description: row.definition[locale],
    cells: areaCodes.map((code) => {
      const cell = row.cells[code]!;
      if (cell.status !== "PUBLISHED" || cell.count === null) return { text: t(`release.${cell.status === "PUBLISHED" ? "NO_DATA" : cell.status}`), status: cell.status };
      const count = formatCount(locale, cell.count);
      if (cell.rate === null) return { text: count, status: "PUBLISHED" };
      const rate = t(row.rateScale === 100 ? "release.percent" : "release.perThousand", { rate: formatRateNumber(locale, cell.rate) });
      return { text: t("release.withCount", { rate, count }), status: "PUBLISHED" };
    }),
  }));
}
