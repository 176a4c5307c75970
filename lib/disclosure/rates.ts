import type { DisclosureParameters } from "./parameters.ts";

/**
 * P3: a rate is computed from the published (rounded) numerator and denominator, and only
 * when the numerator is published and the denominator is large enough; otherwise none.
 */
export function publishedRate(
  count: number | null,
  base: number | null,
  scale: number,
  { minRateDenominator }: DisclosureParameters,
): number | null {
  if (count === null || base === null || base < minRateDenominator) return null;
  return Math.round((count / base) * scale * 10) / 10;
}
