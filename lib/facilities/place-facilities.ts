import type { AreaGeometry, Position } from "../geo/geometry.ts";
import { polygonsOf } from "../geo/geometry.ts";
import { pointInPolygon } from "../geo/point-in-polygon.ts";

/**
 * How far outside the gemeente a facility still counts. Residents of a border buurt use the
 * huisarts or supermarkt across the border; 3 km covers the distances the reach classes show
 * (up to 1,200 m and beyond) with room to spare.
 */
export const NEAR_METRES = 3000;

export interface PlacedFacility<F> {
  facility: F;
  /** The buurt the point lies in; null for a facility just outside the gemeente. */
  buurtCode: string | null;
}

function distanceToSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function distanceToBoundary(point: Position, geometry: AreaGeometry): number {
  let best = Infinity;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (let i = 0; i < ring.length - 1; i++) best = Math.min(best, distanceToSegment(point, ring[i]!, ring[i + 1]!));
    }
  }
  return best;
}

/**
 * Gives every facility (RD metres) its buurt, keeps those within NEAR_METRES of the gemeente
 * and counts the ones farther away, which no buurt's reach could use.
 */
export function placeFacilities<F extends { x: number; y: number }>(
  facilities: F[],
  buurten: { code: string; geometryRd: AreaGeometry }[],
  nearMetres = NEAR_METRES,
): { placed: PlacedFacility<F>[]; farAway: number } {
  const placed: PlacedFacility<F>[] = [];
  let farAway = 0;
  for (const facility of facilities) {
    const point: Position = [facility.x, facility.y];
    const home = buurten.find((buurt) => pointInPolygon(point, buurt.geometryRd));
    if (home) {
      placed.push({ facility, buurtCode: home.code });
    } else if (buurten.some((buurt) => distanceToBoundary(point, buurt.geometryRd) <= nearMetres)) {
      placed.push({ facility, buurtCode: null });
    } else {
      farAway++;
    }
  }
  return { placed, farAway };
}
