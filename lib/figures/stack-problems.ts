import type { ReleasedCell } from "./format-indicator-cell.ts";
import { worstFifthTest } from "./worst-fifth.ts";

// Stacking ("stapeling"): in how many needs a buurt is among the gemeente's worst fifth.
// Only indicators where higher is worse are needs, and an indicator that is part of
// another (subsetOf: Wmo household help within all Wmo) is left out, so one problem is
// not counted two or three times. Pure: the page, its table and the buurt page agree.

export interface StackableIndicator {
  code: string;
  higherIsWorse: boolean;
  subsetOf: readonly string[];
}

export interface StackedBuurt {
  code: string;
  /** Counted indicators where the buurt is in the worst fifth, in the given order. */
  inWorstFifth: string[];
  /** Counted indicators with a published rate for the buurt: the count is out of these. */
  known: number;
  /** Counted indicators withheld for the buurt: the true count may be higher by up to this. */
  suppressed: number;
}

/** The indicators a stacking counts, in catalogue order. */
export function stackedIndicators<T extends StackableIndicator>(indicators: readonly T[]): T[] {
  return indicators.filter((indicator) => indicator.higherIsWorse && indicator.subsetOf.length === 0);
}

/**
 * Per buurt, the counted indicators in which it is among the worst fifth.
 * `cells` holds each indicator's released cell per buurt code; a missing cell is no data.
 */
export function stackProblems(
  indicators: readonly StackableIndicator[],
  cells: ReadonlyMap<string, ReadonlyMap<string, ReleasedCell>>,
  buurtCodes: readonly string[],
): StackedBuurt[] {
  const counted = stackedIndicators(indicators).map((indicator) => {
    const byBuurt = cells.get(indicator.code) ?? new Map<string, ReleasedCell>();
    const rates = buurtCodes.flatMap((code) => {
      const cell = byBuurt.get(code);
      return cell?.status === "PUBLISHED" && cell.rate !== null ? [cell.rate] : [];
    });
    return { code: indicator.code, byBuurt, isWorst: worstFifthTest(rates, indicator.higherIsWorse) };
  });
  return buurtCodes.map((code) => {
    const stacked: StackedBuurt = { code, inWorstFifth: [], known: 0, suppressed: 0 };
    for (const indicator of counted) {
      const cell = indicator.byBuurt.get(code);
      if (cell?.status === "SUPPRESSED") stacked.suppressed++;
      if (cell?.status !== "PUBLISHED" || cell.rate === null) continue;
      stacked.known++;
      if (indicator.isWorst(cell.rate)) stacked.inWorstFifth.push(indicator.code);
    }
    return stacked;
  });
}
