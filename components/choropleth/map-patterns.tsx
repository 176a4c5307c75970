import type { BivariateClass } from "@/lib/maps/bivariate-classes.ts";
import type { MapCellClass } from "@/lib/maps/map-classes.ts";

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

/** Any class a map can give a buurt: a value class, a cell of the overlap grid, or neither. */
export type MapFillClass = MapCellClass | BivariateClass;

/** The fill of a class: a design token per class or grid cell, a pattern for the other two. */
export function classFill(idPrefix: string, mapClass: MapFillClass): string {
  if (typeof mapClass === "number") return `var(--buurtbeeld-map-class-${mapClass})`;
  if (mapClass === "suppressed" || mapClass === "no-data") return `url(#${idPrefix}-${mapClass})`;
  return `var(--buurtbeeld-bivariate-${mapClass})`;
}
