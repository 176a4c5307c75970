import "../choropleth/choropleth.css";
import { ChoiceForm } from "../choropleth/choice-form.tsx";

interface DownloadFormProps {
  /** The download route of the page's language. */
  action: string;
  labels: { heading: string; indicator: string; year: string; format: string; submit: string };
  themes: { code: string; name: string; indicators: { code: string; name: string }[] }[];
  indicator: string;
  years: number[];
  year: number;
  formats: { value: string; label: string }[];
}

/**
 * Any indicator and year of the release as a file. A plain GET form, like the map's picker:
 * it works without script, and the file's address is the form's query.
 */
export function DownloadForm({ action, labels, themes, indicator, years, year, formats }: DownloadFormProps) {
  return (
    <ChoiceForm
      action={action}
      heading={labels.heading}
      submit={labels.submit}
      fields={[
        {
          id: "download-indicator",
          name: "indicator",
          label: labels.indicator,
          value: indicator,
          groups: themes.map((theme) => ({
            label: theme.name,
            options: theme.indicators.map((option) => ({ value: option.code, label: option.name })),
          })),
        },
        { id: "download-year", name: "jaar", label: labels.year, value: String(year), options: years.map((option) => ({ value: String(option), label: String(option) })), narrow: true },
        { id: "download-format", name: "formaat", label: labels.format, value: formats[0]?.value ?? "", options: formats },
      ]}
    />
  );
}
