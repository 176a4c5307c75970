import booleanValid from "@turf/boolean-valid";
import kinks from "@turf/kinks";
import type { AreaGeometry, Position, Ring } from "../../geo/geometry.ts";
import { polygonsOf, signedRingArea } from "../../geo/geometry.ts";

export interface PolygonProblem {
  key: string;
  values?: Record<string, string | number>;
}

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

function ringProblem(ring: Ring, label: string): PolygonProblem | undefined {
  if (ring.length < 4) return { key: "ringTooShort", values: { ring: label, count: ring.length } };
  if (!samePosition(ring[0]!, ring[ring.length - 1]!)) return { key: "ringNotClosed", values: { ring: label } };
  if (signedRingArea(ring) === 0) return { key: "ringWithoutArea", values: { ring: label } };
  return undefined;
}

/**
 * Checks what a map and an overlap computation need: closed rings with area, no
 * self-intersections, holes inside their shell. Returns the first problem found.
 */
export function validatePolygon(geometry: AreaGeometry): PolygonProblem | undefined {
  const polygons = polygonsOf(geometry);
  for (const [p, rings] of polygons.entries()) {
    for (const [r, ring] of rings.entries()) {
      const label = polygons.length > 1 ? `${p + 1}.${r + 1}` : `${r + 1}`;
      const problem = ringProblem(ring, label);
      if (problem) return problem;
    }
  }
  const crossings = kinks({ type: "Feature", properties: {}, geometry } as never).features;
  if (crossings.length > 0) {
    const [x, y] = crossings[0]!.geometry.coordinates as Position;
    return { key: "selfIntersection", values: { x: round(x), y: round(y) } };
  }
  if (!booleanValid(geometry as never)) return { key: "invalidPolygon" };
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
