import { ChoiceForm } from "../choropleth/choice-form.tsx";
import { indicatorYearFields, type ThemeOptions } from "../choropleth/indicator-year-fields.ts";

interface DownloadFormProps {
  /** The download route of the page's language. */
  action: string;
  labels: { heading: string; indicator: string; year: string; format: string; submit: string };
  themes: ThemeOptions[];
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
        ...indicatorYearFields("download", labels, { themes, indicator, years, year }),
        { id: "download-format", name: "formaat", label: labels.format, value: formats[0]?.value ?? "", options: formats },
      ]}
    />
  );
}
