import type { AreaGeometry, Position } from "../geo/geometry.ts";
import { type GridOptions, gridPointsInside } from "../geo/grid-points.ts";
import { NearestPointIndex } from "./nearest-point-index.ts";

/** How far one buurt's grid points are from the nearest facility of one type. */
export interface ReachRow {
  buurtCode: string;
  type: string;
  /** Mean straight-line distance over the grid points, whole metres. */
  meanMeters: number;
  /** Shares (0–1, 3 decimals) of the grid points within 400, 800 and 1,200 m. */
  within400: number;
  within800: number;
  within1200: number;
  gridPoints: number;
}

export interface ReachBuurt {
  code: string;
  /** RD New metres: distances are Euclidean in this plane. */
  geometryRd: AreaGeometry;
}

export interface ReachFacility {
  type: string;
  /** RD New metres. */
  x: number;
  y: number;
}

export interface ComputeReachOptions {
  grid?: GridOptions;
}

const THRESHOLDS = [400, 800, 1200] as const;

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Distance from every part of a buurt to the nearest facility of each type, measured
 * straight-line (not along roads) from a regular grid over the buurt. Every grid point
 * weighs the same: there is no population layer, so a buurt's empty fields count as much
 * as its streets. Per-point weights would slot in at the mean and the shares once such a
 * layer exists. Types without any facility give no rows, so "none" never reads as "far".
 */
export function computeReach(
  buurten: readonly ReachBuurt[],
  facilities: readonly ReachFacility[],
  types: readonly string[],
  options: ComputeReachOptions = {},
): ReachRow[] {
  const indexes = new Map<string, NearestPointIndex>();
  for (const type of new Set(types)) {
    const points: Position[] = facilities.filter((facility) => facility.type === type).map(({ x, y }) => [x, y]);
    if (points.length > 0) indexes.set(type, new NearestPointIndex(points));
  }
  if (indexes.size === 0) return [];

  const rows: ReachRow[] = [];
  for (const buurt of buurten) {
    const points = gridPointsInside(buurt.geometryRd, options.grid);
    if (points.length === 0) continue;
    for (const [type, index] of indexes) {
      let sum = 0;
      const within = THRESHOLDS.map(() => 0);
      for (const point of points) {
        const distance = index.nearestDistance(point);
        sum += distance;
        THRESHOLDS.forEach((threshold, t) => {
          if (distance <= threshold) within[t]!++;
        });
      }
      rows.push({
        buurtCode: buurt.code,
        type,
        meanMeters: Math.round(sum / points.length),
        within400: round(within[0]! / points.length, 3),
        within800: round(within[1]! / points.length, 3),
        within1200: round(within[2]! / points.length, 3),
        gridPoints: points.length,
      });
    }
  }
  return rows;
}
