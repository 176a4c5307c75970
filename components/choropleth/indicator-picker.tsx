import { ChoiceForm } from "./choice-form.tsx";

interface IndicatorPickerProps {
  action: string;
  labels: { indicator: string; year: string; submit: string; heading: string };
  themes: { code: string; name: string; indicators: { code: string; name: string }[] }[];
  indicator: string;
  years: number[];
  year: number;
}

/** The map's choice: one indicator (grouped by theme) and a year, as ?indicator=…&jaar=…. */
export function IndicatorPicker({ action, labels, themes, indicator, years, year }: IndicatorPickerProps) {
  return (
    <ChoiceForm
      action={action}
      heading={labels.heading}
      submit={labels.submit}
      fields={[
        {
          id: "map-indicator",
          name: "indicator",
          label: labels.indicator,
          value: indicator,
          groups: themes.map((theme) => ({
            label: theme.name,
            options: theme.indicators.map((option) => ({ value: option.code, label: option.name })),
          })),
        },
        { id: "map-year", name: "jaar", label: labels.year, value: String(year), options: years.map((option) => ({ value: String(option), label: String(option) })), narrow: true },
      ]}
    />
  );
}
