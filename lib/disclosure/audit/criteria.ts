import type { DisclosureParameters } from "../parameters.ts";
import type { AuditIntervals, Bounds } from "./audit-problem.ts";

/** Why a hidden cell or virtual sum is not protected enough; the value itself is never part of it. */
export type FailureReason = "determined" | "upperTooClose" | "lowerTooClose" | "intervalTooNarrow" | "sumTooSmall";

export interface AuditFailure {
  /** The failing cell, or the group whose virtual sum fails. */
  cell?: number;
  sum?: number;
  reason: FailureReason;
}

export interface AuditCheckInput {
  targets: number[];
  sums: number[][];
  intervals: AuditIntervals;
  /** True values; only the publisher has them. */
  values: number[];
  isPrimary: (cell: number) => boolean;
  /**
   * How high each target and each sum could be from the published base populations alone
   * (every count hidden): the most any suppression pattern can leave uncertain.
   */
  targetCaps: number[];
  sumCaps: number[];
}

/**
 * The release gate of the design note. A primary passes when its interval is not a single
 * value and reaches p above and below the true value; every hidden cell's interval is at
 * least p wide (what an attacker without the raw data can check); a virtual sum can reach T.
 *
 * One refinement: no suppression can push an interval past what the published base
 * populations already cap (a group of 3 people has at most 3 with the attribute). Where
 * n + p, p or T lie beyond that a-priori cap, the interval must reach the cap instead: the
 * attacker then learns nothing the groups' published sizes did not already tell. The lower
 * side is unchanged, so "(nearly) everyone" is never revealed.
 */
export function auditFailures(input: AuditCheckInput, { protection, threshold }: DisclosureParameters): AuditFailure[] {
  const failures: AuditFailure[] = [];
  input.targets.forEach((cell, index) => {
    const { lower, upper } = input.intervals.cells[index]!;
    const cap = input.targetCaps[index]!;
    if (upper - lower < 1) {
      failures.push({ cell, reason: "determined" });
      return;
    }
    if (input.isPrimary(cell)) {
      const value = input.values[cell]!;
      if (upper < Math.min(value + protection, cap)) failures.push({ cell, reason: "upperTooClose" });
      else if (lower > Math.max(0, value - protection)) failures.push({ cell, reason: "lowerTooClose" });
      return;
    }
    if (upper - lower < Math.min(protection, cap)) failures.push({ cell, reason: "intervalTooNarrow" });
  });
  input.intervals.sums.forEach(({ upper }: Bounds, sum) => {
    if (upper < Math.min(threshold, input.sumCaps[sum]!)) failures.push({ sum, reason: "sumTooSmall" });
  });
  return failures;
}

/**
 * The attacker's view, without raw data: nothing determined, every interval at least p
 * wide (or as wide as the published base allows).
 */
export function attackerViewFailures(
  targets: number[],
  intervals: AuditIntervals,
  targetCaps: number[],
  { protection }: DisclosureParameters,
): AuditFailure[] {
  const failures: AuditFailure[] = [];
  targets.forEach((cell, index) => {
    const { lower, upper } = intervals.cells[index]!;
    if (upper - lower < 1) failures.push({ cell, reason: "determined" });
    else if (upper - lower < Math.min(protection, targetCaps[index]!)) failures.push({ cell, reason: "intervalTooNarrow" });
  });
  return failures;
}
