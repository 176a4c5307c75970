// Builders for audit-engine tests: true tables, what an attacker knows about them, and a
// seeded random hierarchical table. Not a test file itself.
import type { AuditProblem, Bounds } from "@/lib/disclosure/audit/audit-problem.ts";
import {
  type HierarchicalTable,
  additiveGroups,
  cellCount,
  cellIndex,
  childrenOf,
} from "@/lib/disclosure/hierarchical-table.ts";

export const exact = (value: number): Bounds => ({ lower: value, upper: value });
export const between = (lower: number, upper: number): Bounds => ({ lower, upper });

/** What a published value rounded to `published` tells: the truth is within 4 of it. */
export const rounded = (published: number): Bounds => ({ lower: Math.max(0, published - 4), upper: published + 4 });

/** Every cell's true value, from the leaves' category values (or leaf totals without categories). */
export function trueTable(table: HierarchicalTable, leafValue: (area: number, category: number) => number): number[] {
  const values = new Array<number>(cellCount(table)).fill(0);
  const children = childrenOf(table);
  const categories = table.categoryCount;
  for (let area = table.areaParents.length - 1; area >= 0; area--) {
    const kids = children[area]!;
    if (categories === 0) {
      values[cellIndex(table, area, 0)] =
        kids.length === 0 ? leafValue(area, 0) : kids.reduce((sum, kid) => sum + values[cellIndex(table, kid, 0)]!, 0);
      continue;
    }
    let total = 0;
    for (let category = 1; category <= categories; category++) {
      const value =
        kids.length === 0
          ? leafValue(area, category)
          : kids.reduce((sum, kid) => sum + values[cellIndex(table, kid, category)]!, 0);
      values[cellIndex(table, area, category)] = value;
      total += value;
    }
    values[cellIndex(table, area, 0)] = total;
  }
  return values;
}

export function problemOf(
  table: HierarchicalTable,
  bounds: Bounds[],
  targets: number[],
  sums: number[][] = [],
): AuditProblem {
  return { groups: additiveGroups(table), bounds, targets, sums };
}

/** Small deterministic PRNG (mulberry32), so one fast-check integer drives a whole table. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomCase {
  table: HierarchicalTable;
  truth: number[];
  bounds: Bounds[];
  hidden: number[];
}

/**
 * A random protected table: a tree of 1–4 levels (branching 1–4, some early leaves), 0–4
 * categories, leaf values 0–60 with totals summed up, a random hidden set with caps at or
 * above the truth, and every published cell either exact (structural zeros always) or
 * rounded to a multiple of 5 next to the truth and known to ±4.
 */
export function randomCase(seed: number): RandomCase {
  const next = random(seed);
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const depth = int(1, 4);
  const areaParents = [-1];
  let level = [0];
  for (let d = 1; d < depth; d++) {
    const below: number[] = [];
    for (const area of level) {
      if (area !== 0 && next() < 0.2) continue;
      const kids = int(1, 4);
      for (let k = 0; k < kids; k++) {
        below.push(areaParents.length);
        areaParents.push(area);
      }
    }
    level = below;
  }
  const table: HierarchicalTable = { areaParents, categoryCount: int(0, 4) };
  const zeroShare = next() * 0.3;
  const truth = trueTable(table, () => (next() < zeroShare ? 0 : int(0, 60)));
  const hideShare = 0.1 + next() * 0.5;
  const exactShare = next();
  const hidden: number[] = [];
  const bounds = truth.map((value, cell): Bounds => {
    if (next() < hideShare) {
      hidden.push(cell);
      return between(0, value + int(0, 20));
    }
    if (value === 0 || next() < exactShare) return exact(value);
    return rounded(5 * (next() < 0.5 ? Math.floor(value / 5) : Math.ceil(value / 5)));
  });
  return { table, truth, bounds, hidden };
}
