import type { Highs } from "highs";
import type { AuditIntervals, AuditProblem, Bounds } from "../lib/disclosure/audit/audit-problem.ts";
import { flowIntervals } from "../lib/disclosure/audit/flow-intervals.ts";
import type { HierarchicalTable } from "../lib/disclosure/hierarchical-table.ts";
import type { DisclosureParameters } from "../lib/disclosure/parameters.ts";
import type { Auditor } from "../lib/disclosure/protect-table.ts";

// The auditors bench/publish-national.ts can run inside protectTable, with counters.
//   publish:     what lib/releases/publish-release.ts builds: flowIntervals with the true
//                values as feasible point, reach max(p, T), and HiGHS for the sums that are
//                not a flow through one node.
//   settle-sums: a what-if, not used by the application: the same, except that a sum whose
//                parts' flow intervals already prove it can reach T skips the HiGHS LP.

export type AuditorName = "publish" | "settle-sums";
export const AUDITOR_NAMES: readonly AuditorName[] = ["publish", "settle-sums"];

export interface AuditorStats {
  seconds: number;
  calls: number;
  /** Virtual sums (hidden primaries of one group) asked of the auditor. */
  sums: number;
  /** Of those, the ones flowIntervals hands to HiGHS: some categories of an area that is neither root nor leaf. */
  lpSums: number;
  /** Calls with at least one such sum: each builds and solves LPs in HiGHS. */
  callsWithLp: number;
  /** LP sums where a part's flow interval already reaches T (so the LP cannot change the verdict). */
  lpSumsSettledByParts: number;
  /** LP sums actually sent to HiGHS (all of lpSums for "publish"). */
  lpSumsSolved: number;
}

/**
 * The sums of `problem` that flowIntervals cannot do by max-flow: parts that are categories
 * of one area with both a parent and children. Their edges (N(parent, c) → N(area, c)) meet
 * at no single node of the network (see lib/disclosure/audit/flow-network.ts).
 */
function lpSumIndices(shape: HierarchicalTable, problem: AuditProblem): number[] {
  const hasChildren = new Uint8Array(shape.areaParents.length);
  for (const parent of shape.areaParents) if (parent >= 0) hasChildren[parent] = 1;
  const width = shape.categoryCount + 1;
  return problem.sums.flatMap((sum, index) => {
    const area = Math.floor(sum[0]! / width);
    const lp =
      sum.length > 1 &&
      shape.areaParents[area]! >= 0 &&
      hasChildren[area] === 1 &&
      sum.every((cell) => cell % width !== 0 && Math.floor(cell / width) === area);
    return lp ? [index] : [];
  });
}

export function instrumentedAuditor(
  name: AuditorName,
  highs: Highs,
  parameters: DisclosureParameters,
): { auditor: Auditor; stats: AuditorStats } {
  const stats: AuditorStats = { seconds: 0, calls: 0, sums: 0, lpSums: 0, callsWithLp: 0, lpSumsSettledByParts: 0, lpSumsSolved: 0 };
  const reach = Math.max(parameters.protection, parameters.threshold);
  const threshold = parameters.threshold;
  const flow = (shape: HierarchicalTable, problem: AuditProblem, feasible: number[]) =>
    flowIntervals(shape, problem, { feasible, reach, highs });

  // Counts are never negative, so a sum can rise at least as high as any one of its parts.
  // With reach ≥ T from the true values, a part whose upper bound reaches T proves that the
  // sum passes the gate's test U ≥ min(T, cap), whatever the LP would say.
  const settledBy = (sum: number[], cells: Bounds[], indexOf: Map<number, number>) =>
    sum.some((cell) => (cells[indexOf.get(cell) ?? -1]?.upper ?? -1) >= threshold);

  const publish: Auditor = (shape, problem, feasible) => {
    const lp = lpSumIndices(shape, problem);
    const started = performance.now();
    const intervals = flow(shape, problem, feasible);
    stats.seconds += (performance.now() - started) / 1000;
    count(problem, lp.length);
    stats.lpSumsSolved += lp.length;
    if (lp.length > 0) {
      const indexOf = new Map(problem.targets.map((cell, index) => [cell, index]));
      for (const index of lp) if (settledBy(problem.sums[index]!, intervals.cells, indexOf)) stats.lpSumsSettledByParts++;
    }
    return intervals;
  };

  const settleSums: Auditor = (shape, problem, feasible) => {
    const lp = lpSumIndices(shape, problem);
    const started = performance.now();
    let intervals: AuditIntervals;
    if (lp.length === 0) intervals = flow(shape, problem, feasible);
    else {
      // First the targets, the parts of the LP sums and the flow sums, by max-flow alone.
      const isLp = new Set(lp);
      const targetSet = new Set(problem.targets);
      const extra = [...new Set(lp.flatMap((index) => problem.sums[index]!))].filter((cell) => !targetSet.has(cell));
      const targets = [...problem.targets, ...extra];
      const first = flow(shape, { ...problem, targets, sums: problem.sums.map((sum, index) => (isLp.has(index) ? [] : sum)) }, feasible);
      const indexOf = new Map(targets.map((cell, index) => [cell, index]));
      const sums = first.sums.slice();
      const open: number[] = [];
      for (const index of lp) {
        const sum = problem.sums[index]!;
        if (!settledBy(sum, first.cells, indexOf)) {
          open.push(index);
          continue;
        }
        stats.lpSumsSettledByParts++;
        // An inner interval, as with `reach`: the true sum and the best part's upper bound are
        // both values the sum reaches, so the exact interval contains this one.
        const value = sum.reduce((total, cell) => total + feasible[cell]!, 0);
        const best = Math.max(...sum.map((cell) => first.cells[indexOf.get(cell)!]!.upper));
        sums[index] = { lower: value, upper: Math.max(value, best) };
      }
      if (open.length > 0) {
        const rest = flow(shape, { ...problem, targets: [], sums: open.map((index) => problem.sums[index]!) }, feasible);
        open.forEach((index, k) => (sums[index] = rest.sums[k]!));
      }
      stats.lpSumsSolved += open.length;
      intervals = { cells: first.cells.slice(0, problem.targets.length), sums };
    }
    stats.seconds += (performance.now() - started) / 1000;
    count(problem, lp.length);
    return intervals;
  };

  function count(problem: AuditProblem, lp: number): void {
    stats.calls++;
    stats.sums += problem.sums.length;
    stats.lpSums += lp;
    if (lp > 0) stats.callsWithLp++;
  }

  return { auditor: name === "publish" ? publish : settleSums, stats };
}
