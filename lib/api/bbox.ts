import { boundsOf, type AreaGeometry } from "../geo/geometry.ts";

/** minLon, minLat, maxLon, maxLat in WGS84 degrees (CRS84 axis order, as GeoJSON). */
export type Bbox = [number, number, number, number];

/** Parses `bbox=minLon,minLat,maxLon,maxLat`; null when it is not four numbers forming a box on the globe. */
export function parseBbox(raw: string): Bbox | null {
  const parts = raw.split(",");
  if (parts.length !== 4 || parts.some((part) => part.trim() === "")) return null;
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number) as Bbox;
  if (![minLon, minLat, maxLon, maxLat].every(Number.isFinite)) return null;
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) return null;
  if (minLon > maxLon || minLat > maxLat) return null;
  return [minLon, minLat, maxLon, maxLat];
}

/**
 * Whether an area's bounding box meets the requested box. Envelopes, not exact shapes:
 * a partner asks "what is in my viewport", and a buurt whose corner is in view belongs
 * in the answer (the OpenAPI document says so).
 */
export function geometryMeetsBbox(geometry: AreaGeometry, bbox: Bbox): boolean {
  const [minX, minY, maxX, maxY] = boundsOf([geometry]);
  return minX <= bbox[2] && maxX >= bbox[0] && minY <= bbox[3] && maxY >= bbox[1];
}

export function pointInBbox(lon: number, lat: number, bbox: Bbox): boolean {
  return lon >= bbox[0] && lon <= bbox[2] && lat >= bbox[1] && lat <= bbox[3];
}
