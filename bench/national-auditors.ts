import type { Highs } from "highs";
import type { AuditProblem } from "../lib/disclosure/audit/audit-problem.ts";
import { flowIntervals } from "../lib/disclosure/audit/flow-intervals.ts";
import { gateAuditor } from "../lib/disclosure/audit/gate-auditor.ts";
import type { HierarchicalTable } from "../lib/disclosure/hierarchical-table.ts";
import type { DisclosureParameters } from "../lib/disclosure/parameters.ts";
import type { Auditor } from "../lib/disclosure/protect-table.ts";

// The auditors bench/publish-national.ts can run inside protectTable, with counters.
//   publish:    what lib/releases/publish-release.ts uses (lib/disclosure/audit/gate-auditor.ts):
//               max-flow from the true values, reach p for cells and T for sums, sumGoal T (a
//               sum that one part lifts to T needs no LP), HiGHS for the other odd sums.
//   exact-sums: the same without sumGoal, so every odd sum goes to HiGHS: what it saves.

export type AuditorName = "publish" | "exact-sums";
export const AUDITOR_NAMES: readonly AuditorName[] = ["publish", "exact-sums"];

export interface AuditorStats {
  seconds: number;
  calls: number;
  /** Virtual sums (hidden primaries of one group) asked of the auditor. */
  sums: number;
  /** Of those, the ones max-flow cannot do: some categories of an area that is neither root nor leaf. */
  lpSums: number;
  /** Calls with at least one such sum. */
  callsWithLp: number;
  /** Linear programs HiGHS solved (two per sum it was given: its maximum and its minimum). */
  highsRuns: number;
}

/**
 * The sums of `problem` that flowIntervals cannot do by max-flow: parts that are categories
 * of one area with both a parent and children. Their edges (N(parent, c) → N(area, c)) meet
 * at no single node of the network (see lib/disclosure/audit/flow-network.ts).
 */
function lpSumCount(shape: HierarchicalTable, problem: AuditProblem): number {
  const hasChildren = new Uint8Array(shape.areaParents.length);
  for (const parent of shape.areaParents) if (parent >= 0) hasChildren[parent] = 1;
  const width = shape.categoryCount + 1;
  return problem.sums.filter((sum) => {
    const area = Math.floor(sum[0]! / width);
    return (
      sum.length > 1 &&
      shape.areaParents[area]! >= 0 &&
      hasChildren[area] === 1 &&
      sum.every((cell) => cell % width !== 0 && Math.floor(cell / width) === area)
    );
  }).length;
}

/** HiGHS with every model's runs counted. */
function countingHighs(highs: Highs, stats: AuditorStats): Highs {
  return new Proxy(highs, {
    get(target, key, receiver) {
      if (key !== "createModel") return Reflect.get(target, key, receiver);
      return (...args: Parameters<Highs["createModel"]>) => {
        const model = target.createModel(...args);
        const run = model.run.bind(model);
        model.run = () => {
          stats.highsRuns++;
          return run();
        };
        return model;
      };
    },
  });
}

export function instrumentedAuditor(
  name: AuditorName,
  highs: Highs,
  parameters: DisclosureParameters,
): { auditor: Auditor; stats: AuditorStats } {
  const stats: AuditorStats = { seconds: 0, calls: 0, sums: 0, lpSums: 0, callsWithLp: 0, highsRuns: 0 };
  const counted = countingHighs(highs, stats);
  const inner: Auditor =
    name === "publish"
      ? gateAuditor(parameters, counted)
      : (shape, problem, feasible) =>
          flowIntervals(shape, problem, { feasible, reach: parameters.protection, sumReach: parameters.threshold, highs: counted });

  const auditor: Auditor = (shape, problem, feasible) => {
    const started = performance.now();
    const intervals = inner(shape, problem, feasible);
    stats.seconds += (performance.now() - started) / 1000;
    const lp = lpSumCount(shape, problem);
    stats.calls++;
    stats.sums += problem.sums.length;
    stats.lpSums += lp;
    if (lp > 0) stats.callsWithLp++;
    return intervals;
  };
  return { auditor, stats };
}
