import { type AreaGeometry, boundsOf, type Position, polygonsOf } from "./geometry.ts";
import { pointInPolygon } from "./point-in-polygon.ts";

export interface GridOptions {
  /** Starting distance between grid points, in the geometry's unit (RD metres). */
  spacing?: number;
  minPoints?: number;
  maxPoints?: number;
}

export interface GridPoints {
  points: Position[];
  /** The spacing the points were taken at, after halving or doubling. */
  spacing: number;
}

const DEFAULTS = { spacing: 50, minPoints: 25, maxPoints: 4000 };
const MIN_SPACING = 1;
// A long diagonal sliver has a huge bounding box for its area; refining it to 1 m would
// test millions of cells for a handful of hits. Past this many cells the fallback point
// serves as well.
const MAX_CELLS = 250_000;

function cellRange(min: number, max: number, spacing: number): [number, number] {
  // Cell centres sit at (i + ½)·spacing, so every area gets points from one shared lattice
  // and neighbouring buurten never get points closer together than the spacing.
  return [Math.ceil(min / spacing - 0.5), Math.floor(max / spacing - 0.5)];
}

function cellCount(geometry: AreaGeometry, spacing: number): number {
  const [minX, minY, maxX, maxY] = boundsOf([geometry]);
  const [i0, i1] = cellRange(minX, maxX, spacing);
  const [j0, j1] = cellRange(minY, maxY, spacing);
  return Math.max(0, i1 - i0 + 1) * Math.max(0, j1 - j0 + 1);
}

function pointsAt(geometry: AreaGeometry, spacing: number): Position[] {
  const points: Position[] = [];
  // Per part, so a MultiPolygon with distant islands does not scan the water between them.
  for (const rings of polygonsOf(geometry)) {
    const part: AreaGeometry = { type: "Polygon", coordinates: rings };
    const [minX, minY, maxX, maxY] = boundsOf([part]);
    const [i0, i1] = cellRange(minX, maxX, spacing);
    const [j0, j1] = cellRange(minY, maxY, spacing);
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        const point: Position = [(i + 0.5) * spacing, (j + 0.5) * spacing];
        if (pointInPolygon(point, part)) points.push(point);
      }
    }
  }
  return points;
}

/**
 * One point for an area too thin for any cell centre: the mean of the largest part's
 * outer-ring vertices when that lies inside, otherwise the midpoint of that ring's first
 * edge (on the boundary, but certainly part of the area's outline).
 */
function fallbackPoint(geometry: AreaGeometry): Position | undefined {
  let outer: Position[] | undefined;
  for (const rings of polygonsOf(geometry)) {
    if (rings[0] && rings[0].length > (outer?.length ?? 0)) outer = rings[0];
  }
  if (!outer || outer.length === 0) return undefined;
  const closed = outer.length > 1 && outer[0]![0] === outer.at(-1)![0] && outer[0]![1] === outer.at(-1)![1];
  const vertices = closed ? outer.slice(0, -1) : outer;
  const mean: Position = [
    vertices.reduce((sum, [x]) => sum + x, 0) / vertices.length,
    vertices.reduce((sum, [, y]) => sum + y, 0) / vertices.length,
  ];
  if (pointInPolygon(mean, geometry)) return mean;
  const [a, b = a] = outer;
  return [(a![0] + b![0]) / 2, (a![1] + b![1]) / 2];
}

/**
 * Cell centres of a square grid that fall inside the area. The spacing halves (down to
 * 1 unit) while fewer than minPoints fall inside and doubles while more than maxPoints do,
 * so small buurten are still sampled finely and large rural ones stay cheap.
 */
export function gridPointsWithSpacing(geometry: AreaGeometry, options: GridOptions = {}): GridPoints {
  const { spacing: start, minPoints, maxPoints } = { ...DEFAULTS, ...options };
  if (!(start > 0) || maxPoints < 1) throw new RangeError("spacing and maxPoints must be positive");
  let spacing = start;
  // Doubling first: the bounding box bounds the count from above, so too many cells can be
  // skipped without testing any of them.
  while (cellCount(geometry, spacing) > maxPoints && pointsAt(geometry, spacing).length > maxPoints) spacing *= 2;
  let points = pointsAt(geometry, spacing);
  while (points.length < minPoints && spacing / 2 >= MIN_SPACING && cellCount(geometry, spacing / 2) <= MAX_CELLS) {
    const finer = pointsAt(geometry, spacing / 2);
    // Never refine past the ceiling: a few points too few beat a thousand too many.
    if (finer.length > maxPoints) break;
    spacing /= 2;
    points = finer;
  }
  if (points.length === 0) {
    const point = fallbackPoint(geometry);
    if (point) points = [point];
  }
  return { points, spacing };
}

/** The grid points only; see gridPointsWithSpacing. */
export function gridPointsInside(geometry: AreaGeometry, options?: GridOptions): Position[] {
  return gridPointsWithSpacing(geometry, options).points;
}
