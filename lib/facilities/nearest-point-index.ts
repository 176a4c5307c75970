import type { Position } from "../geo/geometry.ts";

/**
 * Nearest-neighbour search over points in a planar system, by square buckets and rings of
 * buckets around the query. Exact: a ring is searched until no unsearched bucket can hold
 * anything closer than the best found.
 */
export class NearestPointIndex {
  private readonly buckets = new Map<string, Position[]>();
  private readonly min: [number, number];
  private readonly max: [number, number];

  constructor(
    points: readonly Position[],
    private readonly cellSize = 500,
  ) {
    if (points.length === 0) throw new RangeError("NearestPointIndex needs at least one point");
    let [minI, minJ, maxI, maxJ] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const point of points) {
      const [i, j] = this.cellOf(point);
      const key = `${i},${j}`;
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(point);
      else this.buckets.set(key, [point]);
      minI = Math.min(minI, i);
      minJ = Math.min(minJ, j);
      maxI = Math.max(maxI, i);
      maxJ = Math.max(maxJ, j);
    }
    this.min = [minI, minJ];
    this.max = [maxI, maxJ];
  }

  private cellOf([x, y]: Position): [number, number] {
    return [Math.floor(x / this.cellSize), Math.floor(y / this.cellSize)];
  }

  /** Euclidean distance from the point to the nearest indexed point. */
  nearestDistance(point: Position): number {
    const [pi, pj] = this.cellOf(point);
    const [minI, minJ] = this.min;
    const [maxI, maxJ] = this.max;
    // Rings nearer than the occupied buckets are empty; rings past them add nothing.
    const first = Math.max(0, minI - pi, pi - maxI, minJ - pj, pj - maxJ);
    const last = Math.max(pi - minI, maxI - pi, pj - minJ, maxJ - pj);
    let best = Infinity;
    for (let ring = first; ring <= last; ring++) {
      // Any bucket in this ring is at least (ring - 1) cells from the point's own bucket.
      if ((ring - 1) * this.cellSize > best) break;
      const i0 = Math.max(pi - ring, minI);
      const i1 = Math.min(pi + ring, maxI);
      const j0 = Math.max(pj - ring, minJ);
      const j1 = Math.min(pj + ring, maxJ);
      for (let j = j0; j <= j1; j++) {
        const edgeRow = j === pj - ring || j === pj + ring;
        // On the ring's top and bottom rows every bucket; between them only the two sides.
        const columns = edgeRow ? range(i0, i1) : [pi - ring, pi + ring].filter((i) => i >= i0 && i <= i1);
        for (const i of columns) {
          for (const [x, y] of this.buckets.get(`${i},${j}`) ?? []) {
            const distance = Math.hypot(x - point[0], y - point[1]);
            if (distance < best) best = distance;
          }
        }
      }
    }
    return best;
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
