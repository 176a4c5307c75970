import type { ReleasedCell } from "../figures/format-indicator-cell.ts";
import { type MapClass, mapClasses } from "./map-classes.ts";

// The overlap of two indicators on one map: each axis cut in three (low, middle, high) at
// its own tertiles, so the nine colours say "high on both" without one indicator's unit
// drowning the other. Ties stay in one class, as on the single map.

export type Level = 1 | 2 | 3;
export type BivariateClass = `${Level}-${Level}`;
export type BivariateCellClass = BivariateClass | "suppressed" | "no-data";

export interface BivariateAxis {
  classes: MapClass[];
  /** The level (1 low, 2 middle, 3 high) of each class, by class index. */
  levels: Level[];
}

/** One axis: up to three classes of the published values and their level words. */
export function bivariateAxis(values: readonly number[]): BivariateAxis {
  const classes = mapClasses(values, 3);
  const levels: Level[] =
    classes.length === 3 ? [1, 2, 3] : classes.length === 2 ? [1, 3] : classes.length === 1 ? [2] : [];
  return { classes, levels };
}

/** The axis level of one published value. */
export function levelOf(value: number, axis: BivariateAxis): Level | undefined {
  const index = axis.classes.findIndex((mapClass) => value <= mapClass.to);
  return axis.levels[index === -1 ? axis.classes.length - 1 : index];
}

/**
 * Where a buurt sits in the 3 × 3 grid: first indicator's level, then the second's. A buurt
 * with either value withheld is "suppressed"; with either missing, "no data".
 */
export function bivariateClassOf(first: ReleasedCell, second: ReleasedCell, axes: [BivariateAxis, BivariateAxis]): BivariateCellClass {
  if (first.status === "SUPPRESSED" || second.status === "SUPPRESSED") return "suppressed";
  if (first.status !== "PUBLISHED" || second.status !== "PUBLISHED" || first.rate === null || second.rate === null) return "no-data";
  const x = levelOf(first.rate, axes[0]);
  const y = levelOf(second.rate, axes[1]);
  return x && y ? `${x}-${y}` : "no-data";
}

export const BIVARIATE_CLASSES: BivariateClass[] = ([1, 2, 3] as Level[]).flatMap((y) => ([1, 2, 3] as Level[]).map((x) => `${x}-${y}` as BivariateClass));
