import type { IndicatorTableRow } from "./figure-table-model.ts";
import { formatIndicatorCell } from "./format-indicator-cell.ts";
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
      return { text: formatIndicatorCell(cell, row.rateScale, locale, t), status: cell.status };
    }),
    standsOut: row.standsOut ? t(row.higherIsWorse ? "release.standsOutHigh" : "release.standsOutLow") : undefined,
    trend: row.trend.map(({ year, cell }) => `${year}: ${formatIndicatorCell(cell, row.rateScale, locale, t)}`).join(" · "),
  }));
}
