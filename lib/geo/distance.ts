import type { Position } from "./geometry.ts";

const EARTH_RADIUS_METRES = 6_371_000;
const RADIANS = Math.PI / 180;

/**
 * Metres between two WGS84 points, on a sphere in an equirectangular projection: within a
 * gemeente (a few km) it is off by far less than the ~100 m to which public points are rounded.
 */
export function distanceMetres([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const x = (lon2 - lon1) * RADIANS * Math.cos(((lat1 + lat2) / 2) * RADIANS);
  const y = (lat2 - lat1) * RADIANS;
  return Math.hypot(x, y) * EARTH_RADIUS_METRES;
}

/** How many degrees of longitude and latitude `metres` span at a latitude. */
export function degreesFor(metres: number, lat: number): { lon: number; lat: number } {
  const alongMeridian = metres / (EARTH_RADIUS_METRES * RADIANS);
  return { lon: alongMeridian / Math.cos(lat * RADIANS), lat: alongMeridian };
}
