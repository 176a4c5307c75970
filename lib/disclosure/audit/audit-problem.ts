import type { AdditiveGroup } from "../hierarchical-table.ts";

/** What an attacker knows about one cell: it lies in [lower, upper] (integers). */
export interface Bounds {
  lower: number;
  upper: number;
}

/**
 * The attacker's system: every additive relation, what is known of every cell (an exact
 * published value, a rounded value's interval, or 0..cap for a hidden cell), and which
 * hidden cells and virtual sums to find the tightest intervals of.
 */
export interface AuditProblem {
  groups: AdditiveGroup[];
  /** One entry per cell of the table. */
  bounds: Bounds[];
  /** Hidden cells whose feasibility interval is wanted. */
  targets: number[];
  /** Sets of cells whose sum's interval is wanted (e.g. the hidden primaries of one group). */
  sums: number[][];
}

export interface AuditIntervals {
  /** Same order as AuditProblem.targets. */
  cells: Bounds[];
  /** Same order as AuditProblem.sums. */
  sums: Bounds[];
}
