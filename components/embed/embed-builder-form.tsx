import type { ReactNode } from "react";
import type { EmbedField, EmbedQuery } from "@/lib/embed/embed-query.ts";

interface Option {
  value: string;
  label: string;
}

export interface EmbedBuilderLabels {
  heading: string;
  kindLegend: string;
  kindMap: string;
  kindBuurt: string;
  indicator: string;
  year: string;
  yearNewest: string;
  buurt: string;
  width: string;
  height: string;
  sizeHint: string;
  submit: string;
}

interface EmbedBuilderFormProps {
  action: string;
  labels: EmbedBuilderLabels;
  /** The form as the visitor left it; a field with a problem shows its default again. */
  values: EmbedQuery & { indicator: string; buurt: string };
  indicators: { label: string; options: Option[] }[];
  years: number[];
  buurten: { label: string; options: Option[] }[];
  size: { min: number; max: number };
  problems: ReadonlySet<EmbedField>;
}

const fieldId = (field: EmbedField) => `insluiten-${field}`;

/** Where a problem's link leads: the field itself, or the first choice of the kind. */
export const fieldAnchor = (field: EmbedField) => `#${fieldId(field)}${field === "soort" ? "-kaart" : ""}`;

/**
 * The snippet generator's choice as a plain GET form: the choice lands in the URL, so the
 * page that shows the snippet can be linked to, and it works without script. Every field
 * is always sent; the kind says which of them the widget uses.
 */
export function EmbedBuilderForm({ action, labels, values, indicators, years, buurten, size, problems }: EmbedBuilderFormProps) {
  const invalid = (field: EmbedField) => (problems.has(field) ? true : undefined);
  const select = (field: EmbedField, label: string, value: string, content: ReactNode) => (
    <div className="buurtbeeld-embed-builder__field">
      <label className="utrecht-form-label" htmlFor={fieldId(field)}>
        {label}
      </label>
      <select id={fieldId(field)} name={field} defaultValue={value} aria-invalid={invalid(field)} className="utrecht-select utrecht-select--html-select">
        {content}
      </select>
    </div>
  );
  const groups = (list: { label: string; options: Option[] }[]) =>
    list.map((group) => (
      <optgroup key={group.label} label={group.label}>
        {group.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </optgroup>
    ));
  const sizeField = (field: "breedte" | "hoogte", label: string) => (
    <div className="buurtbeeld-embed-builder__field buurtbeeld-embed-builder__field--size">
      <label className="utrecht-form-label" htmlFor={fieldId(field)}>
        {label}
      </label>
      <input
        id={fieldId(field)}
        name={field}
        type="number"
        inputMode="numeric"
        min={size.min}
        max={size.max}
        step={1}
        defaultValue={values[field]}
        aria-invalid={invalid(field)}
        aria-describedby="insluiten-maat-uitleg"
        className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric"
      />
    </div>
  );

  return (
    <form method="get" action={action} className="buurtbeeld-embed-builder" aria-label={labels.heading}>
      <fieldset className={`buurtbeeld-embed-builder__kind${problems.has("soort") ? " buurtbeeld-embed-builder__kind--invalid" : ""}`}>
        <legend className="utrecht-form-label">{labels.kindLegend}</legend>
        {(["kaart", "buurt"] as const).map((kind) => (
          <div key={kind} className="buurtbeeld-embed-builder__radio">
            <input type="radio" id={`${fieldId("soort")}-${kind}`} name="soort" value={kind} defaultChecked={values.soort === kind} />
            <label htmlFor={`${fieldId("soort")}-${kind}`}>{kind === "kaart" ? labels.kindMap : labels.kindBuurt}</label>
          </div>
        ))}
      </fieldset>
      <div className="buurtbeeld-embed-builder__fields">
        {select("indicator", labels.indicator, values.indicator, groups(indicators))}
        {select(
          "jaar",
          labels.year,
          values.jaar === undefined ? "" : String(values.jaar),
          <>
            <option value="">{labels.yearNewest}</option>
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </>,
        )}
        {select("buurt", labels.buurt, values.buurt, groups(buurten))}
      </div>
      <div className="buurtbeeld-embed-builder__fields">
        {sizeField("breedte", labels.width)}
        {sizeField("hoogte", labels.height)}
      </div>
      <p className="buurtbeeld-embed-builder__hint" id="insluiten-maat-uitleg">
        {labels.sizeHint}
      </p>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {labels.submit}
      </button>
    </form>
  );
}
