import type { DisclosureParameters } from "@/lib/disclosure/parameters.ts";
import { type Attacker, type Interval, protectionShortfall } from "./attacker.ts";
import type { RawCell } from "./register.ts";

/** P1 or P2 on the raw cell: what the design calls a primary. Only the test knows it. */
export function isPrimary({ count, base }: RawCell, { threshold }: DisclosureParameters): boolean {
  return base > 0 && (count < threshold || base - count < threshold);
}

export interface Assessment {
  interval: Interval;
  /** How high the cell could be from the published bases alone (only computed when needed). */
  cap: number;
  /** Why the interval does not protect the cell, or null. */
  shortfall: string | null;
}

/**
 * The criteria of the design note for a hidden primary with true value n: not a single
 * value, reaching n + p above (or the a-priori cap) and max(0, n − p) below.
 */
export function assessPrimary(
  attacker: Attacker,
  apriori: Attacker,
  key: string,
  n: number,
  parameters: DisclosureParameters,
): Assessment {
  const interval = attacker.interval(key);
  let cap = Number.POSITIVE_INFINITY;
  let shortfall = protectionShortfall(interval, n, cap, parameters);
  if (shortfall !== null && interval.upper < n + parameters.protection) {
    cap = apriori.interval(key).upper;
    shortfall = protectionShortfall(interval, n, cap, parameters);
  }
  return { interval, cap, shortfall };
}

export const describeInterval = ({ lower, upper }: Interval) => `[${lower}, ${upper}]`;
