import type { DisclosureParameters } from "../parameters.ts";
import type { AuditIntervals, AuditProblem, Bounds } from "./audit-problem.ts";
import { type AuditFailure, auditFailures, attackerViewFailures } from "./criteria.ts";

export interface CapCheckInput {
  problem: AuditProblem;
  intervals: AuditIntervals;
  /** The attacker's bounds with every count hidden: what the published bases alone tell. */
  aprioriBounds: Bounds[];
  /** Computes intervals for a smaller problem with the same engine. */
  solve: (problem: AuditProblem) => AuditIntervals;
  /** With the raw data: the full criteria; without: the attacker's view. */
  truth?: { values: number[]; isPrimary: (cell: number) => boolean };
}

/**
 * Applies the criteria strictly first, and only for what fails asks how far the published
 * base populations alone would let an interval reach: rare cells in tiny groups, so the
 * extra linear programs are few.
 */
export function checkWithCaps(input: CapCheckInput, parameters: DisclosureParameters): AuditFailure[] {
  const { problem, intervals, truth } = input;
  const strict = (targetCaps: number[], sumCaps: number[], targets: number[], sums: number[][], found: AuditIntervals) =>
    truth
      ? auditFailures({ targets, sums, intervals: found, values: truth.values, isPrimary: truth.isPrimary, targetCaps, sumCaps }, parameters)
      : attackerViewFailures(targets, found, targetCaps, parameters);
  const unbounded = (length: number) => new Array<number>(length).fill(Number.POSITIVE_INFINITY);
  const first = strict(unbounded(problem.targets.length), unbounded(problem.sums.length), problem.targets, problem.sums, intervals);
  if (first.length === 0) return [];

  const failingTargets = [...new Set(first.flatMap((f) => (f.cell === undefined ? [] : [problem.targets.indexOf(f.cell)])))];
  const failingSums = [...new Set(first.flatMap((f) => (f.sum === undefined ? [] : [f.sum])))];
  const targets = failingTargets.map((index) => problem.targets[index]!);
  const sums = failingSums.map((index) => problem.sums[index]!);
  const apriori = input.solve({ groups: problem.groups, bounds: input.aprioriBounds, targets, sums });
  const subset: AuditIntervals = {
    cells: failingTargets.map((index) => intervals.cells[index]!),
    sums: failingSums.map((index) => intervals.sums[index]!),
  };
  return strict(
    apriori.cells.map((bounds) => bounds.upper),
    apriori.sums.map((bounds) => bounds.upper),
    targets,
    sums,
    subset,
  ).map((failure) => (failure.sum === undefined ? failure : { ...failure, sum: failingSums[failure.sum]! }));
}
