/**
 * The fills of the two classes without a value: diagonal hatching for "suppressed" (there
 * is a figure, it is withheld) and dots for "no data" (there is none). Sized in the SVG's
 * own units, so they look the same on the map and in the legend.
 */
export function MapPatterns({ idPrefix, unit }: { idPrefix: string; unit: number }) {
  const size = 6 * unit;
  return (
    <defs>
      <pattern id={`${idPrefix}-suppressed`} width={size} height={size} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={size} height={size} className="buurtbeeld-choropleth__pattern-ground" />
        <line x1={0} y1={0} x2={0} y2={size} className="buurtbeeld-choropleth__hatch" strokeWidth={2.2 * unit} />
      </pattern>
      <pattern id={`${idPrefix}-no-data`} width={size} height={size} patternUnits="userSpaceOnUse">
        <rect width={size} height={size} className="buurtbeeld-choropleth__pattern-ground" />
        <circle cx={size / 2} cy={size / 2} r={1.1 * unit} className="buurtbeeld-choropleth__dot" />
      </pattern>
    </defs>
  );
}

/** The fill of a class: a custom property per class, a pattern for the other two. */
export function classFill(idPrefix: string, mapClass: number | "suppressed" | "no-data"): string {
  return typeof mapClass === "number" ? `var(--buurtbeeld-map-class-${mapClass})` : `url(#${idPrefix}-${mapClass})`;
}
