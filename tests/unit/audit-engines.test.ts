import type { Highs } from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditIntervals, AuditProblem } from "@/lib/disclosure/audit/audit-problem.ts";
import { splitComponents } from "@/lib/disclosure/audit/components.ts";
import { flowIntervals } from "@/lib/disclosure/audit/flow-intervals.ts";
import { loadHighs, lpIntervals } from "@/lib/disclosure/audit/lp-intervals.ts";
import {
  type HierarchicalTable,
  additiveGroups,
  cellIndex,
} from "@/lib/disclosure/hierarchical-table.ts";
import { between, exact, problemOf, rounded, trueTable } from "./audit-fixtures.ts";

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** Both engines, and the flow engine once more from the true values, must agree. */
function intervals(table: HierarchicalTable, problem: AuditProblem, truth?: number[]): AuditIntervals {
  const byFlow = flowIntervals(table, problem, { highs });
  expect(lpIntervals(problem, highs)).toEqual(byFlow);
  if (truth) expect(flowIntervals(table, problem, { feasible: truth, highs })).toEqual(byFlow);
  return byFlow;
}

// Gemeente (area 0) with three buurten, totals only.
const flat: HierarchicalTable = { areaParents: [-1, 0, 0, 0], categoryCount: 0 };

describe("audit engines on one group", () => {
  it("recover a single hidden part exactly when the other figures are exact", () => {
    const problem = problemOf(flat, [exact(60), between(0, 80), exact(20), exact(30)], [1]);
    expect(intervals(flat, problem, [60, 10, 20, 30]).cells).toEqual([between(10, 10)]);
  });

  it("widen that interval by the widths of the rounded figures", () => {
    // Published 100, 20, 30 (each ±4): the hidden buurt is 100 − 20 − 30 ± (4 + 4 + 4).
    const problem = problemOf(flat, [rounded(100), between(0, 200), rounded(20), rounded(30)], [1]);
    expect(intervals(flat, problem, [100, 50, 20, 30]).cells).toEqual([between(38, 62)]);
  });

  it("leave two hidden parts a shared range, while their sum is exact", () => {
    const bounds = [exact(100), between(0, 60), between(0, 60), exact(30)];
    const result = intervals(flat, problemOf(flat, bounds, [1, 2], [[1, 2]]), [100, 40, 30, 30]);
    expect(result.cells).toEqual([between(10, 60), between(10, 60)]);
    expect(result.sums).toEqual([between(70, 70)]);
  });

  it("let a cap from the base population limit one part and lift its partner's lower bound", () => {
    // Base 41, so the first hidden buurt is at most 45; the other must then be at least 25.
    const bounds = [exact(100), between(0, 45), between(0, 100), exact(30)];
    const result = intervals(flat, problemOf(flat, bounds, [1, 2]), [100, 40, 30, 30]);
    expect(result.cells).toEqual([between(0, 45), between(25, 70)]);
  });

  it("report a fixed target as its value and an empty sum as zero", () => {
    const bounds = [exact(60), between(0, 80), exact(20), exact(30)];
    const result = intervals(flat, problemOf(flat, bounds, [2], [[]]), [60, 10, 20, 30]);
    expect(result).toEqual({ cells: [between(20, 20)], sums: [between(0, 0)] });
  });
});

describe("audit engines on geography × categories", () => {
  // Gemeente with four buurten × four categories; leaf values distinct and below 50.
  const grid: HierarchicalTable = { areaParents: [-1, 0, 0, 0, 0], categoryCount: 4 };
  const truth = trueTable(grid, (area, category) => 3 * area + 7 * category + ((area * category) % 5));
  const at = (area: number, category: number) => cellIndex(grid, area, category);
  const rectangles = [at(1, 1), at(1, 2), at(2, 1), at(2, 2), at(3, 3), at(3, 4), at(4, 3), at(4, 4)];
  const boundsHiding = (hidden: number[]) =>
    truth.map((value, cell) => (hidden.includes(cell) ? between(0, value + 50) : exact(value)));

  it("keep every cell of two hidden rectangles uncertain", () => {
    const result = intervals(grid, problemOf(grid, boundsHiding(rectangles), rectangles), truth);
    for (const interval of result.cells) expect(interval.upper).toBeGreaterThan(interval.lower);
  });

  it("recover the cell that bridges the rectangles, though every line has two hidden cells", () => {
    // Rows 1 and 2 minus columns 1 and 2 leave exactly the bridge (1, 3).
    const hidden = [...rectangles, at(1, 3)];
    const result = intervals(grid, problemOf(grid, boundsHiding(hidden), hidden), truth);
    const bridge = truth[at(1, 3)]!;
    expect(result.cells[hidden.length - 1]).toEqual(between(bridge, bridge));
    // (1,1) trades one-for-one with (1,2), (2,1) and (2,2); caps are 50 above the truth.
    const v = (area: number, category: number) => truth[at(area, category)]!;
    expect(result.cells[0]).toEqual(
      between(v(1, 1) - Math.min(v(1, 1), v(2, 2)), v(1, 1) + Math.min(v(1, 2), v(2, 1))),
    );
  });

  it("keep a structural zero exact and use it in the equations without it hiding anything", () => {
    // Buurt 1 has no population in category 2: its total equals its category 1.
    const table: HierarchicalTable = { areaParents: [-1, 0, 0], categoryCount: 2 };
    const values = trueTable(table, (area, category) => [[0, 0], [12, 0], [30, 25]][area]![category - 1]!);
    const cell = (area: number, category: number) => cellIndex(table, area, category);
    const hidden = { [cell(1, 1)]: 20, [cell(1, 0)]: 20, [cell(2, 1)]: 60, [cell(2, 0)]: 90 };
    const bounds = values.map((value, c) => (c in hidden ? between(0, hidden[c]!) : exact(value)));
    const targets = [cell(1, 1), cell(1, 0), cell(2, 1), cell(2, 0), cell(1, 2)];
    expect(intervals(table, problemOf(table, bounds, targets), values).cells).toEqual([
      between(0, 20),
      between(0, 20),
      between(22, 42),
      between(47, 67),
      between(0, 0),
    ]);
  });
});

describe("audit engines on other table shapes", () => {
  it("handle a table of totals only, and a single area", () => {
    const single: HierarchicalTable = { areaParents: [-1], categoryCount: 0 };
    expect(intervals(single, problemOf(single, [between(3, 9)], [0]), [5]).cells).toEqual([between(3, 9)]);
    const singleWithCategories: HierarchicalTable = { areaParents: [-1], categoryCount: 2 };
    const bounds = [exact(30), between(0, 25), rounded(10)];
    expect(intervals(singleWithCategories, problemOf(singleWithCategories, bounds, [1, 2]), [30, 20, 10]).cells).toEqual([
      between(16, 24),
      between(6, 14),
    ]);
  });

  it("recover a chain of hidden cells down a four-level tree", () => {
    // 0 ⊃ {1, 2}; 1 ⊃ {3, 4}; 2 ⊃ {5, 6}; 3 ⊃ {7, 8}; 4 ⊃ {9, 10}.
    const deep: HierarchicalTable = { areaParents: [-1, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4], categoryCount: 0 };
    const values = trueTable(deep, (area) => 5 + area);
    const bounds = values.map((value) => exact(value));
    // Buurt 3 and its block 7 are hidden; 3 follows from wijk 1 − buurt 4, then 7 from 3 − 8.
    for (const cell of [3, 7]) bounds[cell] = between(0, 100);
    expect(intervals(deep, problemOf(deep, bounds, [3, 7]), values).cells).toEqual([
      exact(values[3]!),
      exact(values[7]!),
    ]);
    // Hiding block 8 as well leaves 7 and 8 a shared range: 3 is still known, its parts not.
    bounds[8] = between(0, 100);
    const result = intervals(deep, problemOf(deep, bounds, [3, 7, 8], [[7, 8]]), values);
    expect(result.cells[0]).toEqual(exact(values[3]!));
    expect(result.cells[1]).toEqual(between(0, values[3]!));
    expect(result.sums).toEqual([exact(values[3]!)]);
  });

  it("agree on a four-level tree with categories and rounded figures", () => {
    const deep: HierarchicalTable = { areaParents: [-1, 0, 0, 1, 1, 2, 3, 3, 4, 5, 5], categoryCount: 3 };
    const values = trueTable(deep, (area, category) => (area * 7 + category * 11) % 23);
    const hidden = new Set([cellIndex(deep, 7, 1), cellIndex(deep, 8, 1), cellIndex(deep, 7, 2), cellIndex(deep, 8, 2), cellIndex(deep, 3, 0)]);
    const bounds = values.map((value, cell) =>
      hidden.has(cell) ? between(0, value + 10) : value === 0 ? exact(0) : rounded(5 * Math.round(value / 5)),
    );
    const problem = problemOf(deep, bounds, [...hidden]);
    const result = intervals(deep, problem, values);
    expect(lpIntervals(problem, highs, { integer: true })).toEqual(result);
    result.cells.forEach((interval, i) => {
      const value = values[[...hidden][i]!]!;
      expect(interval.lower).toBeLessThanOrEqual(value);
      expect(interval.upper).toBeGreaterThanOrEqual(value);
    });
  });
});

describe("flowIntervals options", () => {
  const bounds = [rounded(100), between(0, 200), rounded(20), rounded(30)];
  const truth = [100, 50, 20, 30];

  it("stop each bound at reach units from the feasible point", () => {
    const result = flowIntervals(flat, problemOf(flat, bounds, [1, 2], [[1, 2]]), { feasible: truth, reach: 5 });
    // Exact: [38, 62], [16, 24], and [62, 78] for the sum.
    expect(result.cells).toEqual([between(45, 55), between(16, 24)]);
    expect(result.sums).toEqual([between(65, 75)]);
    const sumsFarther = flowIntervals(flat, problemOf(flat, bounds, [1], [[1, 2]]), {
      feasible: truth,
      reach: 5,
      sumReach: 10,
    });
    expect(sumsFarther).toEqual({ cells: [between(45, 55)], sums: [between(62, 78)] });
  });

  it("solves a sum that is not a flow through one node by LP, and only when given HiGHS", () => {
    const table: HierarchicalTable = { areaParents: [-1, 0, 1, 1], categoryCount: 2 };
    const values = trueTable(table, (area, category) => area * 10 + category);
    const problem = problemOf(
      table,
      values.map((value) => rounded(5 * Math.round(value / 5))),
      [],
      [[cellIndex(table, 1, 1), cellIndex(table, 1, 2)]],
    );
    expect(() => flowIntervals(table, problem)).toThrow(/options\.highs/);
    expect(flowIntervals(table, problem, { highs }).sums).toEqual(lpIntervals(problem, highs).sums);
  });

  it("settles such a sum without HiGHS when sumGoal is given and one part alone can reach it", () => {
    const table: HierarchicalTable = { areaParents: [-1, 0, 1, 1], categoryCount: 2 };
    const values = trueTable(table, (area, category) => area * 10 + category);
    const hiddenCells = [1, 2, 3].flatMap((area) => [cellIndex(table, area, 1), cellIndex(table, area, 2)]);
    const bounds = values.map((value, cell) => (hiddenCells.includes(cell) ? between(0, 200) : exact(value)));
    const sum = [cellIndex(table, 1, 1), cellIndex(table, 1, 2)];
    const problem = problemOf(table, bounds, [], [sum]);
    const trueSum = values[sum[0]!]! + values[sum[1]!]!;
    const exactSum = lpIntervals(problem, highs).sums[0]!;

    const settled = flowIntervals(table, problem, { feasible: values, reach: 10, sumGoal: 10 }).sums[0]!;
    expect(settled.lower).toBe(trueSum);
    expect(settled.upper).toBeGreaterThanOrEqual(10);
    // An inner interval: every value in it is one the sum can take.
    expect(settled.upper).toBeLessThanOrEqual(exactSum.upper);
    // A goal no part reaches within reach still needs the LP engine.
    expect(() => flowIntervals(table, problem, { feasible: values, reach: 10, sumGoal: 1000 })).toThrow(/options\.highs/);
    expect(flowIntervals(table, problem, { feasible: values, reach: 10, sumGoal: 1000, highs }).sums).toEqual([exactSum]);
  });

  it("refuses groups other than the table's own", () => {
    const problem = problemOf(flat, bounds, [1]);
    problem.groups = [...additiveGroups(flat), { total: 1, parts: [2] }];
    expect(() => flowIntervals(flat, problem)).toThrow(/additiveGroups/);
  });

  it("refuses a feasible point that is not feasible", () => {
    expect(() => flowIntervals(flat, problemOf(flat, bounds, [1]), { feasible: [100, 51, 20, 30] })).toThrow(
      /not a feasible point/,
    );
  });
});

describe("lpIntervals beyond a hierarchical table", () => {
  // Not tree × categories: three groups over x (3), y (4), z (5) and w (6) form an odd cycle,
  // whose LP vertices can be halves. t0 = x + y, t1 = y + z, t2 = x + z + w, all t = 1.
  const groups = [
    { total: 0, parts: [3, 4] },
    { total: 1, parts: [4, 5] },
    { total: 2, parts: [3, 5, 6] },
  ];
  const bounds = [exact(1), exact(1), exact(1), between(0, 1), between(0, 1), between(0, 1), between(0, 2)];

  it("tightens with integer: true where the LP relaxation is looser than integrality", () => {
    // w = 1 − 2x and y + w = 2 − 3x: the LP lets x go to ½; counts force x = 0.
    const problem: AuditProblem = { groups, bounds, targets: [6, 3], sums: [[4, 6]] };
    expect(lpIntervals(problem, highs)).toEqual({ cells: [between(0, 1), between(0, 0)], sums: [between(1, 2)] });
    expect(lpIntervals(problem, highs, { integer: true })).toEqual({
      cells: [between(1, 1), between(0, 0)],
      sums: [between(2, 2)],
    });
  });

  it("throws when only fractional points satisfy the system", () => {
    // Without w, x = y = z = ½ is the only solution.
    const odd = { groups: groups.slice(0, 2).concat({ total: 2, parts: [3, 5] }), bounds, targets: [3], sums: [] };
    expect(() => lpIntervals(odd, highs)).toThrow(/infeasible/);
    expect(() => lpIntervals(odd, highs, { integer: true })).toThrow(/infeasible/);
  });
});

describe("splitComponents", () => {
  it("links free cells through shared groups only; fixed cells link nothing", () => {
    // Cells 0 = 1 + 2 and 2 = 3 + 4 with cell 2 fixed: {0, 1} and {3, 4} are separate.
    const groups = [
      { total: 0, parts: [1, 2] },
      { total: 2, parts: [3, 4] },
      { total: 5, parts: [6] },
    ];
    const free = Uint8Array.from([1, 1, 0, 1, 1, 0, 0]);
    const split = splitComponents(groups, free);
    expect(split.cells).toEqual([[0, 1], [3, 4]]);
    expect(split.groups).toEqual([[0], [1]]);
    expect([...split.componentOf]).toEqual([0, 0, -1, 1, 1, -1, -1]);
  });
});

describe("infeasible bounds", () => {
  // The published parts need 70 more than the hidden cap allows: a corrupt release.
  const problem = problemOf(flat, [exact(100), between(0, 5), exact(10), exact(20)], [1]);

  it("make both engines throw without a single value in the message", () => {
    for (const run of [() => flowIntervals(flat, problem), () => lpIntervals(problem, highs)]) {
      expect(run).toThrow(/infeasible/);
      try {
        run();
      } catch (error) {
        expect(String((error as Error).message)).not.toMatch(/\d/);
      }
    }
  });

  it("are noticed by the LP engine also in groups of exact figures only", () => {
    const fixed = problemOf(flat, [exact(100), exact(50), exact(10), exact(20)], []);
    expect(() => lpIntervals(fixed, highs)).toThrow(/infeasible/);
    expect(() => flowIntervals(flat, fixed)).toThrow(/infeasible/);
  });
});
