import { type AreaGeometry, boundsOf, type Position } from "../geo/geometry.ts";
import { degreesFor } from "../geo/distance.ts";
import { pointInPolygon } from "../geo/point-in-polygon.ts";

export interface LocatableBuurt {
  code: string;
  name: string;
  /** WGS84, as stored. */
  geometry: AreaGeometry;
  /** [minLon, minLat, maxLon, maxLat], so most buurten are ruled out without ray casting. */
  bounds: [number, number, number, number];
}

export function locatable(buurt: { code: string; name: string; geometry: AreaGeometry }): LocatableBuurt {
  return { ...buurt, bounds: boundsOf([buurt.geometry]) };
}

/** The buurt a WGS84 point lies in; undefined outside every buurt, i.e. outside the gemeente. */
export function locateBuurt<B extends LocatableBuurt>(point: Position, buurten: readonly B[]): B | undefined {
  const [lon, lat] = point;
  return buurten.find(({ bounds: [minLon, minLat, maxLon, maxLat], geometry }) => lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat && pointInPolygon(point, geometry));
}

/** Buurten whose bounding box comes within `metres` of the point: where initiatives that close can lie. */
export function buurtenNear<B extends LocatableBuurt>(point: Position, buurten: readonly B[], metres: number): B[] {
  const [lon, lat] = point;
  const margin = degreesFor(metres, lat);
  return buurten.filter(
    ({ bounds: [minLon, minLat, maxLon, maxLat] }) =>
      lon >= minLon - margin.lon && lon <= maxLon + margin.lon && lat >= minLat - margin.lat && lat <= maxLat + margin.lat,
  );
}
