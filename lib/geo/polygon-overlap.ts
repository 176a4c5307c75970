import { feature, featureCollection } from "@turf/helpers";
import { intersect } from "@turf/intersect";
import { type AreaGeometry, boundsOf, polygonsOf, signedRingArea } from "./geometry.ts";

/** Planar area in the coordinates' unit squared (m² in RD New): outer rings minus holes. */
export function areaOf(geometry: AreaGeometry): number {
  let area = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    if (!outer) continue;
    area += Math.abs(signedRingArea(outer));
    for (const hole of holes) area -= Math.abs(signedRingArea(hole));
  }
  return area;
}

function boundsTouch(a: AreaGeometry, b: AreaGeometry): boolean {
  const [aMinX, aMinY, aMaxX, aMaxY] = boundsOf([a]);
  const [bMinX, bMinY, bMaxX, bMaxY] = boundsOf([b]);
  return aMinX <= bMaxX && bMinX <= aMaxX && aMinY <= bMaxY && bMinY <= aMaxY;
}

/**
 * Area shared by two polygons, in the coordinates' unit squared. @turf/intersect clips the
 * coordinates as they are (planar), so RD New metres give m² without any projection.
 */
export function overlapArea(a: AreaGeometry, b: AreaGeometry): number {
  // Most buurt × ambition pairs are far apart; clipping them would only cost time.
  if (!boundsTouch(a, b)) return 0;
  const shared = intersect(featureCollection([feature(a), feature(b)]));
  return shared ? areaOf(shared.geometry as AreaGeometry) : 0;
}
