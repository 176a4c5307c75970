import { type AreaGeometry, type Position, polygonsOf, type Ring } from "./geometry.ts";

// Even-odd ray casting: a point on a hole's side is outside, as it should be for a buurt
// with an enclave. Points exactly on an edge may fall either way; callers never depend on it.
export function pointInRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the polygon (outer ring, not in a hole), any CRS. */
export function pointInPolygon(point: Position, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) => outer !== undefined && pointInRing(point, outer) && !holes.some((hole) => pointInRing(point, hole)),
  );
}
