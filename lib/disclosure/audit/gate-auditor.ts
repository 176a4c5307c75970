import type { Highs } from "highs";
import type { DisclosureParameters } from "../parameters.ts";
import type { Auditor } from "../protect-table.ts";
import { flowIntervals } from "./flow-intervals.ts";

/**
 * The auditor inside protection (the gate): the exact max-flow engine started from the true
 * values, asked no further than each criterion needs. A cell's tests (U − L ≥ 1, U ≥ n + p,
 * L ≤ max(0, n − p), U − L ≥ p, and the same against a cap) are decided by p units either
 * way; a virtual sum's test U ≥ T by T units up, and a sum one part can lift to T needs no
 * LP. HiGHS solves only the sums max-flow cannot express.
 */
export function gateAuditor(parameters: DisclosureParameters, highs: Highs): Auditor {
  const options = {
    reach: parameters.protection,
    sumReach: parameters.threshold,
    sumGoal: parameters.threshold,
    highs,
  };
  return (shape, problem, feasible) => flowIntervals(shape, problem, { ...options, feasible });
}
