import type { Bounds } from "../disclosure/audit/audit-problem.ts";
import { flowIntervals } from "../disclosure/audit/flow-intervals.ts";
import { additiveGroups } from "../disclosure/hierarchical-table.ts";
import { roundedInterval } from "../disclosure/rounding.ts";
import { TOTAL_CATEGORY } from "../indicators/catalogue-schema.ts";
import { type DivisionArea, layoutCells, releaseTableLayout } from "./release-table-layout.ts";

// The base populations are published too (rounded), in tables of their own: a wijk's
// 75-plussers are the sum of its buurten's. From all of them an attacker knows each base
// more precisely than its own rounding says, and so caps a hidden count more tightly.
// The audit uses these tightest caps.

export interface PlanBase {
  code: string;
  /** Category codes, without "totaal". */
  categories: string[];
  /** This base's total is exactly a category of another base. */
  totalEquals: { base: string; category: string } | null;
}

export const baseKey = (base: string, year: number, area: string, category: string) => `${base}|${year}|${area}|${category}`;

/** The key that seeds a base cell's rounding: equal figures share it, so they are published alike. */
export function baseSeedId(bases: Map<string, PlanBase>, base: string, year: number, area: string, category: string): string {
  const equals = bases.get(base)?.totalEquals;
  if (category === TOTAL_CATEGORY && equals) return baseSeedId(bases, equals.base, year, area, equals.category);
  return `basis|${base}|${year}|${area}|${category}`;
}

const UNKNOWN = 1_000_000_000;

/**
 * The tightest interval an attacker can give every base cell, from every published base
 * figure (rounded), their sums, and the identities between bases. Exact per table (max-flow);
 * identities are applied until nothing changes.
 */
export function baseIntervals(
  division: DivisionArea[],
  bases: Map<string, PlanBase>,
  years: number[],
  published: Map<string, number>,
  roundingBase: number,
): Map<string, Bounds> {
  const levels = ["GEMEENTE", "WIJK", "BUURT"];
  const intervals = new Map<string, Bounds>();
  const known = new Map<string, Bounds>();
  for (const [key, value] of published) known.set(key, roundedInterval(value, roundingBase));

  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const base of bases.values()) {
      const layout = releaseTableLayout(division, levels, base.categories);
      for (const year of years) {
        const cells = layoutCells(layout);
        const keys = cells.map(({ area, category }) => baseKey(base.code, year, area, category));
        if (!keys.some((key) => published.has(key))) continue;
        const bounds = keys.map((key) => known.get(key) ?? { lower: 0, upper: UNKNOWN });
        const result = flowIntervals(layout.shape, {
          groups: additiveGroups(layout.shape),
          bounds,
          targets: cells.map((_, i) => i),
          sums: [],
        });
        keys.forEach((key, i) => {
          const found = result.cells[i]!;
          const before = intervals.get(key);
          if (!before || before.lower !== found.lower || before.upper !== found.upper) changed = true;
          intervals.set(key, found);
          known.set(key, found);
        });
      }
    }
    // Identities: a total equal to another base's category knows what that category knows.
    for (const base of bases.values()) {
      if (!base.totalEquals) continue;
      for (const year of years) {
        for (const area of division) {
          const a = baseKey(base.code, year, area.code, TOTAL_CATEGORY);
          const b = baseKey(base.totalEquals.base, year, area.code, base.totalEquals.category);
          const [ia, ib] = [known.get(a), known.get(b)];
          if (!ia || !ib) continue;
          const both = { lower: Math.max(ia.lower, ib.lower), upper: Math.min(ia.upper, ib.upper) };
          if (both.lower !== ia.lower || both.upper !== ia.upper || both.lower !== ib.lower || both.upper !== ib.upper) changed = true;
          known.set(a, both);
          known.set(b, both);
        }
      }
    }
    if (!changed) break;
  }
  return intervals;
}
