import booleanValid from "@turf/boolean-valid";
import kinks from "@turf/kinks";
import type { AreaGeometry, Position, Ring } from "../../geo/geometry.ts";
import { polygonsOf, signedRingArea } from "../../geo/geometry.ts";
import { pointInRing } from "../../geo/point-in-polygon.ts";

export interface PolygonProblem {
  key: string;
  values?: Record<string, string | number>;
}

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

function ringShapeProblem(ring: Ring, label: string): PolygonProblem | undefined {
  if (ring.length < 4) return { key: "ringTooShort", values: { ring: label, count: ring.length } };
  if (!samePosition(ring[0]!, ring[ring.length - 1]!)) return { key: "ringNotClosed", values: { ring: label } };
  return undefined;
}

/** Ray casting; a point on the boundary counts as outside, which is strict enough here. */
/** A vertex of `inner` that is not on `outer`'s boundary, to test containment with. */
function probeVertex(inner: Ring, outer: Ring): Position | undefined {
  return inner.find((p) => !outer.some((q) => samePosition(p, q)));
}

/**
 * Checks what a map and an overlap computation need: closed rings with area, no
 * self-intersections, holes inside their shell. Returns the first problem found.
 */
export function validatePolygon(geometry: AreaGeometry): PolygonProblem | undefined {
  const polygons = polygonsOf(geometry);
  const label = (p: number, r: number) => (polygons.length > 1 ? `${p + 1}.${r + 1}` : `${r + 1}`);
  for (const [p, rings] of polygons.entries()) {
    for (const [r, ring] of rings.entries()) {
      const problem = ringShapeProblem(ring, label(p, r));
      if (problem) return problem;
    }
  }
  // Crossings first: a symmetric figure eight has zero net area but is a crossing, not a sliver.
  const crossings = kinks({ type: "Feature", properties: {}, geometry } as never).features;
  if (crossings.length > 0) {
    const [x, y] = crossings[0]!.geometry.coordinates as Position;
    return { key: "selfIntersection", values: { x: round(x), y: round(y) } };
  }
  for (const [p, rings] of polygons.entries()) {
    for (const [r, ring] of rings.entries()) {
      if (signedRingArea(ring) === 0) return { key: "ringWithoutArea", values: { ring: label(p, r) } };
    }
  }
  // Rings do not cross (checked above), so one vertex tells on which side a ring lies.
  for (const rings of polygons) {
    const [shell, ...holes] = rings;
    for (const hole of holes) {
      const probe = probeVertex(hole, shell!);
      if (probe && !pointInRing(probe, shell!)) return { key: "invalidPolygon" };
    }
  }
  for (const [a, first] of polygons.entries()) {
    for (const second of polygons.slice(a + 1)) {
      const probeA = probeVertex(first[0]!, second[0]!);
      const probeB = probeVertex(second[0]!, first[0]!);
      const nested = (probeA && pointInRing(probeA, second[0]!)) || (probeB && pointInRing(probeB, first[0]!));
      if (nested) return { key: "invalidPolygon" };
    }
  }
  if (!booleanValid(geometry as never)) return { key: "invalidPolygon" };
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
