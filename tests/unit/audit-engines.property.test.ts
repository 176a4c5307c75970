import fc from "fast-check";
import type { Highs } from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Bounds } from "@/lib/disclosure/audit/audit-problem.ts";
import { flowIntervals } from "@/lib/disclosure/audit/flow-intervals.ts";
import { loadHighs, lpIntervals } from "@/lib/disclosure/audit/lp-intervals.ts";
import { type AdditiveGroup, additiveGroups, childrenOf } from "@/lib/disclosure/hierarchical-table.ts";
import { type RandomCase, problemOf, random, randomCase } from "./audit-fixtures.ts";

const REACH = 5; // p, for cells
const SUM_REACH = 10; // T, for virtual cells
// AUDIT_PROPERTY_RUNS=5000 for a deeper search; the default keeps the unit suite fast.
const RUNS = { seed: 20261125, numRuns: Number(process.env.AUDIT_PROPERTY_RUNS ?? 100) };
const TIMEOUT = 60_000;

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

interface Sums {
  /** The hidden parts of a group whose parts meet at one network node. */
  atOneNode: number[][];
  /** Hidden categories of a wijk below the root, and random sets: solved by LP inside flowIntervals. */
  elsewhere: number[][];
}

/**
 * The area of an "area total = Σ categories" group, or -1 for a parent = Σ children group.
 * Only the former has its parts at consecutive cells right after its total when the table
 * has categories.
 */
function categoryGroupArea(c: RandomCase, group: AdditiveGroup): number {
  const categories = c.table.categoryCount + 1;
  return categories > 1 && group.parts[0] === group.total + 1 ? group.total / categories : -1;
}

function sumsOf(c: RandomCase): Sums {
  const hidden = new Set(c.hidden);
  const children = childrenOf(c.table);
  const sums: Sums = { atOneNode: [], elsewhere: [] };
  for (const group of additiveGroups(c.table)) {
    const parts = group.parts.filter((part) => hidden.has(part));
    if (parts.length < 2) continue;
    const area = categoryGroupArea(c, group);
    const belowRootWithChildren = area > 0 && children[area]!.length > 0;
    (belowRootWithChildren ? sums.elsewhere : sums.atOneNode).push(parts);
  }
  const next = random(c.hidden.length * 7919 + c.truth.length);
  for (let k = 0; k < 2 && c.hidden.length > 2; k++) {
    sums.elsewhere.push(c.hidden.filter(() => next() < 0.5));
  }
  return sums;
}

const sumOf = (cells: number[], values: number[]) => cells.reduce((total, cell) => total + values[cell]!, 0);
const contains = (interval: Bounds, value: number) => interval.lower <= value && value <= interval.upper;
const clip = (exact: Bounds, from: number, reach: number): Bounds => ({
  lower: Math.max(exact.lower, from - reach),
  upper: Math.min(exact.upper, from + reach),
});

const cases = fc.integer({ min: 0, max: 0x7fffffff }).map(randomCase);

describe("audit engines on random hierarchical tables", () => {
  it("contain the true values, agree exactly with each other, and clip to reach", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const sums = sumsOf(c);
        const allSums = [...sums.atOneNode, ...sums.elsewhere];
        const problem = problemOf(c.table, c.bounds, c.hidden, allSums);
        const byLp = lpIntervals(problem, highs);
        const byFlow = flowIntervals(c.table, problem, { highs });
        const fromTruth = flowIntervals(c.table, problem, { feasible: c.truth, highs });

        // (a) the truth lies in every interval.
        c.hidden.forEach((cell, i) => {
          expect(contains(byLp.cells[i]!, c.truth[cell]!)).toBe(true);
          expect(contains(byFlow.cells[i]!, c.truth[cell]!)).toBe(true);
        });
        allSums.forEach((cells, i) => {
          expect(contains(byLp.sums[i]!, sumOf(cells, c.truth))).toBe(true);
          expect(contains(byFlow.sums[i]!, sumOf(cells, c.truth))).toBe(true);
        });

        // (b) max-flow equals LP, from any feasible point.
        expect(byFlow).toEqual(byLp);
        expect(fromTruth).toEqual(byLp);

        // (c) with reach: exact where the bound is within reach of the truth, truth ± reach beyond.
        const reached = flowIntervals(c.table, problemOf(c.table, c.bounds, c.hidden, sums.atOneNode), {
          feasible: c.truth,
          reach: REACH,
          sumReach: SUM_REACH,
        });
        c.hidden.forEach((cell, i) =>
          expect(reached.cells[i]).toEqual(clip(byLp.cells[i]!, c.truth[cell]!, REACH)),
        );
        sums.atOneNode.forEach((cells, i) =>
          expect(reached.sums[i]).toEqual(clip(byLp.sums[i]!, sumOf(cells, c.truth), SUM_REACH)),
        );
      }),
      RUNS,
    );
  }, TIMEOUT);

  it("need no node for a non-leaf area's total = Σ categories: the LP without those groups agrees", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const children = childrenOf(c.table);
        const implied = (group: AdditiveGroup) => {
          const area = categoryGroupArea(c, group);
          return area >= 0 && children[area]!.length > 0;
        };
        const problem = problemOf(c.table, c.bounds, c.hidden);
        const reduced = { ...problem, groups: problem.groups.filter((group) => !implied(group)) };
        expect(lpIntervals(reduced, highs)).toEqual(lpIntervals(problem, highs));
      }),
      { ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  }, TIMEOUT);
});
