import { formattingLocale } from "../i18n/formatting-locale.ts";
import { cbsFieldBase, cbsGroupSegments, cbsSlug } from "./cbs-label-keys.ts";
import type { FigureTableGroup } from "./figure-table-model.ts";
import type { CbsFigureTable } from "./get-cbs-figures.ts";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has(key: string): boolean };

export interface AreaColumn {
  code: string;
  heading: string;
}

/**
 * Shapes a CBS table for display: Dutch labels from CBS with our translation where we
 * have one, numbers in the page's locale with CBS's decimals, and a word instead of an
 * empty cell when a figure is secret or does not exist.
 */
export function toFigureTable(
  table: CbsFigureTable,
  columns: AreaColumn[],
  { locale, t }: { locale: string; t: Translate },
): { columns: AreaColumn[]; groups: FigureTableGroup[] } {
  const shown = columns.filter((column) => table.rows.some((row) => row.cells[column.code]));
  const formatters = new Map<number, Intl.NumberFormat>();
  const format = (value: number, decimals: number) => {
    if (!formatters.has(decimals)) {
      formatters.set(decimals, new Intl.NumberFormat(formattingLocale(locale), {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }));
    }
    return formatters.get(decimals)!.format(value);
  };
  const label = (key: string, dutch: string) => (t.has(key) ? { text: t(key) } : { text: dutch, lang: locale === "nl" ? undefined : "nl" });

  const groups: FigureTableGroup[] = [];
  for (const row of table.rows) {
    const groupLabel = cbsGroupSegments(row.topicGroup)
      .map((segment) => label(`cbsNames.groups.${cbsSlug(segment)}`, segment).text)
      .join(" › ");
    let group = groups.at(-1);
    if (!group || group.label !== groupLabel) {
      group = { label: groupLabel, rows: [] };
      groups.push(group);
    }
    const title = label(`cbsNames.fields.${cbsFieldBase(row.key)}`, row.title.trim());
    const unit = row.unit ? label(`cbsNames.units.${cbsSlug(row.unit)}`, row.unit) : { text: "" };
    group.rows.push({
      key: row.key,
      label: title.text,
      labelLang: title.lang,
      unit: unit.text,
      unitLang: unit.lang,
      cells: shown.map((column) => {
        const cell = row.cells[column.code];
        if (!cell || cell.status === "NO_DATA") return { text: t("figureStatus.NO_DATA"), status: "NO_DATA" as const };
        if (cell.status === "SUPPRESSED" || cell.value === null) return { text: t("figureStatus.SUPPRESSED"), status: "SUPPRESSED" as const };
        return { text: format(cell.value, row.decimals), status: "PUBLISHED" as const };
      }),
    });
  }
  return { columns: shown, groups };
}
