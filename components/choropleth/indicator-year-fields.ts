import type { ChoiceField } from "./choice-form.tsx";

export interface ThemeOptions {
  code: string;
  name: string;
  indicators: { code: string; name: string }[];
}

/**
 * The indicator (grouped by theme) and year fields every choice of a release figure asks
 * for, as ?indicator=…&jaar=…: the map's picker and the download form use the same two.
 */
export function indicatorYearFields(
  idPrefix: string,
  labels: { indicator: string; year: string },
  choice: { themes: ThemeOptions[]; indicator: string; years: number[]; year: number },
): ChoiceField[] {
  return [
    {
      id: `${idPrefix}-indicator`,
      name: "indicator",
      label: labels.indicator,
      value: choice.indicator,
      groups: choice.themes.map((theme) => ({
        label: theme.name,
        options: theme.indicators.map((option) => ({ value: option.code, label: option.name })),
      })),
    },
    {
      id: `${idPrefix}-year`,
      name: "jaar",
      label: labels.year,
      value: String(choice.year),
      options: choice.years.map((option) => ({ value: String(option), label: String(option) })),
      narrow: true,
    },
  ];
}
