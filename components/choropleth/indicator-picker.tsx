import { ChoiceForm } from "./choice-form.tsx";
import { indicatorYearFields, type ThemeOptions } from "./indicator-year-fields.ts";

interface IndicatorPickerProps {
  action: string;
  labels: { indicator: string; year: string; submit: string; heading: string };
  themes: ThemeOptions[];
  indicator: string;
  years: number[];
  year: number;
}

/** The map's choice: one indicator (grouped by theme) and a year, as ?indicator=…&jaar=…. */
export function IndicatorPicker({ action, labels, themes, indicator, years, year }: IndicatorPickerProps) {
  return <ChoiceForm action={action} heading={labels.heading} submit={labels.submit} fields={indicatorYearFields("map", labels, { themes, indicator, years, year })} />;
}
