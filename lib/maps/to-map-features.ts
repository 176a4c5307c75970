import { type AreaGeometry, mapPositions } from "../geo/geometry.ts";
import type { MapCellClass } from "./map-classes.ts";

export interface MapFeatureInput {
  code: string;
  geometry: AreaGeometry;
  label: string;
  href: string;
  mapClass: MapCellClass;
}

/** Coordinates to 5 decimals (about a metre): the interactive map needs no more, the phone downloads less. */
function rounded(geometry: AreaGeometry): AreaGeometry {
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return mapPositions(geometry, ([x, y]) => [round(x), round(y)]);
}

/**
 * The interactive map's data: the same buurten, classes and sentences as the SVG map, as
 * GeoJSON (WGS84), with the wijk outlines as features of their own.
 */
export function toMapFeatures(buurten: MapFeatureInput[], wijken: { code: string; geometry: AreaGeometry }[]) {
  return {
    type: "FeatureCollection" as const,
    features: [
      ...buurten.map((buurt) => ({
        type: "Feature" as const,
        id: buurt.code,
        properties: { kind: "buurt", code: buurt.code, label: buurt.label, href: buurt.href, mapClass: String(buurt.mapClass) },
        geometry: rounded(buurt.geometry),
      })),
      ...wijken.map((wijk) => ({
        type: "Feature" as const,
        id: wijk.code,
        properties: { kind: "wijk", code: wijk.code },
        geometry: rounded(wijk.geometry),
      })),
    ],
  };
}
