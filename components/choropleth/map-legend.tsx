import { classFill, type MapFillClass, MapPatterns } from "./map-patterns.tsx";

export interface LegendEntry {
  mapClass: MapFillClass;
  /** The words, so no colour has to be told apart: "3 of 5: 12.0 – 14.5%". */
  label: string;
  count: string;
}

/** The classes with their words and counts; the two patterned classes always shown. */
export function MapLegend({ idPrefix, heading, entries }: { idPrefix: string; heading: string; entries: LegendEntry[] }) {
  return (
    <div className="buurtbeeld-map-legend">
      <p className="buurtbeeld-map-legend__heading" id={`${idPrefix}-heading`}>
        {heading}
      </p>
      <ul className="buurtbeeld-map-legend__list" aria-labelledby={`${idPrefix}-heading`}>
        {entries.map((entry) => (
          <li key={String(entry.mapClass)} className="buurtbeeld-map-legend__item" data-class={entry.mapClass}>
            <svg viewBox="0 0 24 16" className="buurtbeeld-map-legend__swatch" aria-hidden="true" focusable="false">
              <MapPatterns idPrefix={`${idPrefix}-${String(entry.mapClass)}`} unit={0.7} />
              <rect x={0.5} y={0.5} width={23} height={15} fill={classFill(`${idPrefix}-${String(entry.mapClass)}`, entry.mapClass)} className="buurtbeeld-map-legend__rect" />
            </svg>
            <span>{entry.label}</span>
            <span className="buurtbeeld-map-legend__count">{entry.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
