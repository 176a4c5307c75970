import type { DisclosureParameters } from "./parameters.ts";

/** Why a cell is unsafe on its own: P1 small count, P2 (nearly) everyone in the base group. */
export type PrimaryRule = "P1" | "P2";

/**
 * The primary rules of the design note. A zero is safe only when it is structural (the
 * base population is empty); any other zero says "nobody here", which counts as small.
 */
export function primaryRule(value: number, base: number, { threshold }: DisclosureParameters): PrimaryRule | null {
  if (base === 0) return null;
  if (value < threshold) return "P1";
  if (base - value < threshold) return "P2";
  return null;
}

export function isStructuralZero(base: number): boolean {
  return base === 0;
}
