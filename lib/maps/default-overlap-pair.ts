import { stackedIndicators, type StackableIndicator } from "../figures/stack-problems.ts";

// The overlap page without a choice shows the pair the reference municipality asked about
// first, poverty × youth care, when the catalogue has those themes; otherwise the first two
// needs from different themes. Either way two needs, never a part and its whole.
const PREFERRED_THEMES = ["inkomen", "jeugd"];

export function defaultOverlapPair<T extends StackableIndicator & { themeCode: string }>(indicators: readonly T[]): [T, T] | undefined {
  const needs = stackedIndicators(indicators);
  const inTheme = (theme: string) => needs.find((indicator) => indicator.themeCode === theme);
  const first = inTheme(PREFERRED_THEMES[0]!) ?? needs[0];
  if (!first) return undefined;
  const second =
    (first.themeCode === PREFERRED_THEMES[0] ? inTheme(PREFERRED_THEMES[1]!) : undefined) ??
    needs.find((indicator) => indicator.themeCode !== first.themeCode) ??
    indicators.find((indicator) => indicator.code !== first.code);
  return second ? [first, second] : undefined;
}
