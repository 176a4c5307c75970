import "@utrecht/button-css/dist/index.css";
import "@utrecht/form-label-css/dist/index.css";
import "@utrecht/select-css/dist/index.css";

interface IndicatorPickerProps {
  action: string;
  labels: { indicator: string; year: string; submit: string; heading: string };
  themes: { code: string; name: string; indicators: { code: string; name: string }[] }[];
  indicator: string;
  years: number[];
  year: number;
}

/**
 * A plain GET form: the choice lands in the URL (?indicator=…&jaar=…), so a link reproduces
 * the view, and it works before any script has loaded.
 */
export function IndicatorPicker({ action, labels, themes, indicator, years, year }: IndicatorPickerProps) {
  return (
    <form method="get" action={action} className="buurtbeeld-indicator-picker" aria-label={labels.heading}>
      <div className="buurtbeeld-indicator-picker__field">
        <label className="utrecht-form-label" htmlFor="map-indicator">
          {labels.indicator}
        </label>
        <select id="map-indicator" name="indicator" defaultValue={indicator} className="utrecht-select utrecht-select--html-select">
          {themes.map((theme) => (
            <optgroup key={theme.code} label={theme.name}>
              {theme.indicators.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="buurtbeeld-indicator-picker__field buurtbeeld-indicator-picker__field--year">
        <label className="utrecht-form-label" htmlFor="map-year">
          {labels.year}
        </label>
        <select id="map-year" name="jaar" defaultValue={String(year)} className="utrecht-select utrecht-select--html-select">
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {labels.submit}
      </button>
    </form>
  );
}
