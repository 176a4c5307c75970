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
}

/**
 * The release gate of the design note. A primary passes when its interval is not a single
 * value and reaches p above and below the true value; every hidden cell's interval is at
 * least p wide (what an attacker without the raw data can check); a virtual sum can reach T.
 */
export function auditFailures(input: AuditCheckInput, { protection, threshold }: DisclosureParameters): AuditFailure[] {
  const failures: AuditFailure[] = [];
  input.targets.forEach((cell, index) => {
    const { lower, upper } = input.intervals.cells[index]!;
    if (upper - lower < 1) {
      failures.push({ cell, reason: "determined" });
      return;
    }
    if (input.isPrimary(cell)) {
      const value = input.values[cell]!;
      if (upper < value + protection) failures.push({ cell, reason: "upperTooClose" });
      else if (lower > Math.max(0, value - protection)) failures.push({ cell, reason: "lowerTooClose" });
      return;
    }
    if (upper - lower < protection) failures.push({ cell, reason: "intervalTooNarrow" });
  });
  input.intervals.sums.forEach(({ upper }: Bounds, sum) => {
    if (upper < threshold) failures.push({ sum, reason: "sumTooSmall" });
  });
  return failures;
}

/** The attacker's view, without raw data: nothing determined, every interval at least p wide. */
export function attackerViewFailures(targets: number[], intervals: AuditIntervals, { protection }: DisclosureParameters): AuditFailure[] {
  const failures: AuditFailure[] = [];
  targets.forEach((cell, index) => {
    const { lower, upper } = intervals.cells[index]!;
    if (upper - lower < 1) failures.push({ cell, reason: "determined" });
    else if (upper - lower < protection) failures.push({ cell, reason: "intervalTooNarrow" });
  });
  return failures;
}
