import type { Highs } from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadHighs } from "@/lib/disclosure/audit/lp-intervals.ts";
import { cellIndex } from "@/lib/disclosure/hierarchical-table.ts";
import { DEFAULT_PARAMETERS, type DisclosureParameters } from "@/lib/disclosure/parameters.ts";
import { protectTable, type TableInput } from "@/lib/disclosure/protect-table.ts";
import { exactIntervals, gridTable, independentAudit, productionAuditor, tableOfTree } from "./protection-fixtures.ts";

// The classic worked examples of cell suppression, published exactly (rounding 1) so every
// interval can be checked by hand: first the attack on a naive pattern, then what
// protectTable hides, then an independent HiGHS audit of what it publishes.

const EXACT: DisclosureParameters = { ...DEFAULT_PARAMETERS, threshold: 10, protection: 5, roundingBase: 1 };
const ROUNDED: DisclosureParameters = { ...EXACT, roundingBase: 5 };

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const protect = (input: TableInput, parameters = EXACT, maxAuditRounds?: number) =>
  protectTable(input, { parameters, salt: "textbook", auditor: productionAuditor(parameters, highs), maxAuditRounds });

/** A tree table without categories from nested arrays: a number is a buurt's count (base 100). */
type Tree = number | Tree[];
const treeTable = (tree: Tree[], base = 100): TableInput => {
  const node = (t: Tree): Parameters<typeof tableOfTree>[0] =>
    typeof t === "number" ? { leaf: [{ n: t, b: base }] } : { children: t.map(node) };
  return tableOfTree({ children: tree.map(node) }, 0);
};

const hiddenCells = (hidden: boolean[]) => hidden.flatMap((h, cell) => (h ? [cell] : []));

describe("textbook examples, published exactly", () => {
  it("1-D subtraction: one hidden buurt is the wijk total minus the others, so a second buurt is hidden", () => {
    // Wijk (area 0) with buurten 25, 6, 30, 48.
    const input = treeTable([25, 6, 30, 48]);
    const [wijk, b25, b6, b30, b48] = [0, 1, 2, 3, 4];
    expect(input.values[wijk]).toBe(109);

    // The attack: with only the 6 hidden, 109 − 25 − 30 − 48 = 6.
    expect(exactIntervals(highs, input, [b6]).cells).toEqual([{ lower: 6, upper: 6 }]);

    const result = protect(input);
    expect(result.reasons).toEqual([null, "S1", "P1", null, null]);
    expect(result.published).toEqual([109, null, null, 30, 48]);
    expect(result.audit.passed).toBe(true);
    const audit = independentAudit(highs, input, EXACT, result);
    expect(audit.failures).toEqual([]);
    // The 6 now lies anywhere in 0..31 (6 + 25 = 31 hidden between the two), the 25 in 0..31.
    expect(audit.intervals.cells).toEqual([
      { lower: 0, upper: 31 },
      { lower: 0, upper: 31 },
    ]);
    expect([b25, b30, b48].map((cell) => result.hidden[cell])).toEqual([true, false, false]);
  });

  it("hidden primaries whose sum is below T: two small buurten 3 and 4 get a third hidden with them", () => {
    const input = treeTable([3, 4, 50, 60, 22]);
    const [b3, b4, b50, b60, b22] = [1, 2, 3, 4, 5];

    // The attack on the two primaries alone: each is between 0 and 7, their sum exactly 7,
    // so an attacker knows "fewer than 10 together" and the 3 can be at most 7 (< 3 + p).
    const naive = exactIntervals(highs, input, [b3, b4], [b3, b4], [[b3, b4]]);
    expect(naive.cells).toEqual([
      { lower: 0, upper: 7 },
      { lower: 0, upper: 7 },
    ]);
    expect(naive.sums).toEqual([{ lower: 7, upper: 7 }]);
    const naiveAudit = independentAudit(highs, input, EXACT, {
      hidden: input.values.map((_, cell) => cell === b3 || cell === b4),
      published: input.values.map((value, cell) => (cell === b3 || cell === b4 ? null : value)),
      publishedBases: input.bases,
    });
    expect(naiveAudit.failures.map(({ cell, sum, reason }) => ({ cell, sum, reason }))).toEqual([
      { cell: b3, sum: undefined, reason: "upperTooClose" },
      { cell: b4, sum: undefined, reason: "upperTooClose" },
      { cell: undefined, sum: [b3, b4], reason: "sumTooSmall" },
    ]);

    const result = protect(input);
    // The cheapest further buurt of at least p: the 22.
    expect(result.reasons).toEqual([null, "P1", "P1", null, null, "S1"]);
    expect([b50, b60].map((cell) => result.published[cell])).toEqual([50, 60]);
    expect(result.audit.passed).toBe(true);
    const audit = independentAudit(highs, input, EXACT, result);
    expect(audit.failures).toEqual([]);
    expect(audit.sums).toEqual([[b3, b4]]);
    expect(audit.intervals.sums).toEqual([{ lower: 0, upper: 29 }]);
    expect(result.hidden[b22]).toBe(true);
  });

  describe("a 2-D bridge: a 3×3 cycle and a 2×2 rectangle joined through one buurt", () => {
    // Six buurten × five age bands; the small cells (6–9) are the primaries:
    //   rows 1–3 × bands 1–3: a 3×3 staircase, (1,1)(1,2) (2,2)(2,3) (3,3)(3,1), a 6-cycle;
    //   rows 5–6 × bands 4–5: a 2×2 rectangle;
    //   row 4: (4,3) and (4,4), one cell in each of them.
    // Every row and every band with a hidden cell has at least two, together at least T, so
    // the one-dimensional rule is satisfied. Yet row 4's two cells are bridges: no cycle of
    // hidden cells runs through them, so both are exact. E.g. (4,3) = band 3 − rows 1..6 of
    // band 3 published − (2,3) − (3,3), where (2,3) + (3,3) = (row 2 + row 3 totals) −
    // published cells of rows 2 and 3 − (2,2) − (3,1), and (2,2) + (3,1) = band 1 + band 2
    // totals − … − (1,1) − (1,2), which row 1 gives.
    const small = new Map([
      ["1,1", 6], ["1,2", 7], ["2,2", 8], ["2,3", 9], ["3,3", 6], ["3,1", 9],
      ["4,3", 7], ["4,4", 8],
      ["5,4", 9], ["5,5", 6], ["6,4", 7], ["6,5", 8],
    ]);
    const rows = Array.from({ length: 6 }, (_, r) => Array.from({ length: 5 }, (_, c) => small.get(`${r + 1},${c + 1}`) ?? 40 + 3 * r + c));
    const input = gridTable(rows);
    const at = (row: number, band: number) => cellIndex(input.shape, row, band);
    const primaries = [...small.keys()].map((key) => at(...(key.split(",").map(Number) as [number, number])));

    it("the primaries alone leave the two bridge cells exact, the cycle cells not", () => {
      const intervals = exactIntervals(highs, input, primaries).cells;
      const exact = primaries.filter((_, i) => intervals[i]!.lower === intervals[i]!.upper);
      expect(exact).toEqual([at(4, 3), at(4, 4)]);
    });

    it("passes the one-dimensional rule unchanged and is caught by the audit", () => {
      const once = protect(input, EXACT, 1);
      expect(hiddenCells(once.hidden)).toEqual([...primaries].sort((a, b) => a - b));
      expect(once.reasons.filter((reason) => reason === "S1")).toEqual([]);
      expect(once.audit.passed).toBe(false);
      expect(once.audit.failures).toEqual(
        expect.arrayContaining([
          { cellId: input.cellIds[at(4, 3)], reason: "determined" },
          { cellId: input.cellIds[at(4, 4)], reason: "determined" },
        ]),
      );
    });

    it("is protected after the audit loop adds complements, as HiGHS confirms independently", () => {
      const result = protect(input);
      expect(result.audit.passed).toBe(true);
      expect(result.reasons).toContain("S2");
      const audit = independentAudit(highs, input, EXACT, result);
      expect(audit.failures).toEqual([]);
      for (const cell of [at(4, 3), at(4, 4)]) {
        const { lower, upper } = audit.intervals.cells[audit.targets.indexOf(cell)]!;
        expect(lower).toBe(0);
        expect(upper).toBeGreaterThanOrEqual(input.values[cell]! + 5);
      }
    });
  });

  it("three levels: a buurt hidden with its wijk total would be recovered through the gemeente total", () => {
    // Gemeente ⊃ wijk A {4, an empty buurt}, wijk B {30, 45}. The empty buurt (base 0) is a
    // structural zero, published as 0 and never a complement, so wijk A's total is the 4
    // (and small itself). Buurt and wijk total hidden: two hidden in wijk A's group, which
    // looks safe, but wijk A is the only hidden wijk in the gemeente's group: gemeente
    // minus wijk B gives it, and with it the buurt.
    const input = tableOfTree(
      {
        children: [
          { children: [{ leaf: [{ n: 4, b: 100 }] }, { leaf: [{ n: 0, b: 0 }] }] },
          { children: [{ leaf: [{ n: 30, b: 100 }] }, { leaf: [{ n: 45, b: 100 }] }] },
        ],
      },
      0,
    );
    const [gemeente, wijkA, b4, empty, wijkB, b30, b45] = [0, 1, 2, 3, 4, 5, 6];
    expect(input.shape.areaParents).toEqual([-1, 0, 1, 1, 0, 4, 4]);

    // The attack on the pattern the wijk alone would suggest.
    expect(exactIntervals(highs, input, [b4, wijkA]).cells).toEqual([
      { lower: 4, upper: 4 },
      { lower: 4, upper: 4 },
    ]);

    const result = protect(input);
    expect(result.reasons).toEqual([null, "P1", "P1", null, "S1", "S1", null]);
    expect(result.published).toEqual([79, null, null, 0, null, null, 45]);
    expect(result.hidden[empty]).toBe(false);
    expect(result.audit.passed).toBe(true);
    const audit = independentAudit(highs, input, EXACT, result);
    expect(audit.failures).toEqual([]);
    // 4 = 79 − wijk B, wijk B = 45 + the 30: anywhere from 0 to 34.
    expect(audit.intervals.cells[audit.targets.indexOf(b4)]).toEqual({ lower: 0, upper: 34 });
    expect([gemeente, wijkB, b30].map((cell) => result.hidden[cell])).toEqual([false, true, true]);
  });

  describe("three levels, found by the audit: a wijk total used as complement is the gemeente minus the other wijk", () => {
    // Gemeente ⊃ wijk A {care home 57 of 60, a buurt of 20 adults with 0 in care}, wijk B
    // {30, 45}. The home (P2) and the zero (P1) are hidden together; their sum, 57, is
    // published as wijk A, so the home is at most 57 < 57 + p (its base allows 60). The
    // only complement left in the home's group is wijk A's total, and that is the gemeente
    // total minus wijk B: the audit must go on into wijk B.
    const input = tableOfTree(
      {
        children: [
          { children: [{ leaf: [{ n: 57, b: 60 }] }, { leaf: [{ n: 0, b: 20 }] }] },
          { children: [{ leaf: [{ n: 30, b: 100 }] }, { leaf: [{ n: 45, b: 100 }] }] },
        ],
      },
      0,
    );
    const [gemeente, wijkA, home, zero, wijkB, b30] = [0, 1, 2, 3, 4, 5];

    it("round by round: the home is too close to its upper side, then wijk A is exact, then the loop goes on", () => {
      expect(exactIntervals(highs, input, [home, zero]).cells).toEqual([
        { lower: 37, upper: 57 },
        { lower: 0, upper: 20 },
      ]);
      const first = protect(input, EXACT, 1);
      expect(first.reasons).toEqual([null, null, "P2", "P1", null, null, null]);
      expect(first.audit.failures).toEqual([{ cellId: input.cellIds[home], reason: "upperTooClose" }]);
      const second = protect(input, EXACT, 2);
      expect(second.reasons[wijkA]).toBe("S2");
      expect(second.audit.failures).toContainEqual({ cellId: input.cellIds[wijkA], reason: "determined" });
      expect(exactIntervals(highs, input, [home, zero, wijkA], [wijkA]).cells).toEqual([{ lower: 57, upper: 57 }]);
    });

    it("ends protected, as HiGHS confirms independently", () => {
      const result = protect(input);
      expect(result.audit.passed).toBe(true);
      const audit = independentAudit(highs, input, EXACT, result);
      expect(audit.failures).toEqual([]);
      expect(audit.intervals.cells[audit.targets.indexOf(home)]).toEqual({ lower: 0, upper: 60 });
      expect([wijkA, wijkB].map((cell) => result.hidden[cell])).toEqual([true, true]);
    });

    it("keeps the gemeente total published when hiding a buurt suffices", () => {
      const smaller = input.values.map((_, cell) => [home, zero, wijkA, wijkB, b30].includes(cell));
      const enough = independentAudit(highs, input, EXACT, {
        hidden: smaller,
        published: input.values.map((value, cell) => (smaller[cell] ? null : value)),
        publishedBases: input.bases,
      });
      expect(enough.failures).toEqual([]);
      expect(enough.intervals.cells[enough.targets.indexOf(home)]).toEqual({ lower: 0, upper: 60 });
      expect(enough.intervals.cells[enough.targets.indexOf(wijkA)]).toEqual({ lower: 0, upper: 80 });
      expect(protect(input).hidden[gemeente]).toBe(false);
    });
  });

  describe("the care home (P2): nearly everyone in the group has care", () => {
    it("hides it with a complement; its interval reaches down to n − p and up to its base", () => {
      // A care home of 60 residents, 57 with Wmo care; two ordinary buurten.
      const input = tableOfTree(
        { children: [{ leaf: [{ n: 57, b: 60 }] }, { leaf: [{ n: 12, b: 400 }] }, { leaf: [{ n: 80, b: 500 }] }] },
        0,
      );
      const [, home, b12] = [0, 1, 2];
      const result = protect(input);
      expect(result.reasons).toEqual([null, "P2", "S1", null]);
      expect(result.audit.passed).toBe(true);
      const audit = independentAudit(highs, input, EXACT, result);
      expect(audit.failures).toEqual([]);
      // 57 + 12 = 69 hidden between the two; the home holds at most its 60 residents. The
      // upper side stops at the base (n + p = 62 is beyond it: the a-priori cap), the lower
      // side reaches 0 ≤ 57 − 5, so "(nearly) everyone" is not revealed.
      expect(audit.intervals.cells[audit.targets.indexOf(home)]).toEqual({ lower: 0, upper: 60 });
      expect(audit.intervals.cells[audit.targets.indexOf(b12)]).toEqual({ lower: 9, upper: 69 });
    });

    it("two care homes shield each other upwards but not downwards: the audit adds a complement", () => {
      // Two homes of 60 with 57 and 58 in care: hidden together, the pair satisfies the
      // one-dimensional rule (two hidden, 115 ≥ T), but 57 + 58 = 115 and each holds at most
      // 60, so each is at least 55: lower side 55 > 57 − 5.
      const input = tableOfTree(
        {
          children: [
            { leaf: [{ n: 57, b: 60 }] },
            { leaf: [{ n: 58, b: 60 }] },
            { leaf: [{ n: 40, b: 400 }] },
            { leaf: [{ n: 70, b: 500 }] },
          ],
        },
        0,
      );
      const [, home57, home58, b40] = [0, 1, 2, 3];
      const naive = exactIntervals(highs, input, [home57, home58]).cells;
      expect(naive).toEqual([
        { lower: 55, upper: 60 },
        { lower: 55, upper: 60 },
      ]);

      const once = protect(input, EXACT, 1);
      expect(once.reasons).toEqual([null, "P2", "P2", null, null]);
      expect(once.audit.failures).toEqual([
        { cellId: input.cellIds[home57], reason: "lowerTooClose" },
        { cellId: input.cellIds[home58], reason: "lowerTooClose" },
      ]);

      const result = protect(input);
      expect(result.reasons).toEqual([null, "P2", "P2", "S2", null]);
      expect(result.audit.passed).toBe(true);
      const audit = independentAudit(highs, input, EXACT, result);
      expect(audit.failures).toEqual([]);
      expect(audit.intervals.cells[audit.targets.indexOf(home57)]).toEqual({ lower: 0, upper: 60 });
      expect(result.hidden[b40]).toBe(true);
    });
  });
});

describe("unpicking the rounding with the published rules", () => {
  const input = tableOfTree({ children: [{ leaf: [{ n: 9, b: 19 }] }, { leaf: [{ n: 1, b: 1 }] }] }, 0);
  const [gemeente, b9, b1] = [0, 1, 2];
  const salt = "textbook";

  it("hides the gemeente total too: its published 10 would mean 10 to 14 by the public rules", () => {
    const result = protectTable(input, { parameters: ROUNDED, salt, auditor: productionAuditor(ROUNDED, highs) });
    expect(result.reasons).toEqual(["S2", "P1", "P1"]);
    expect(result.published[gemeente]).toBeNull();
    // This salt rounds the base of 1 down to 0: the buurt of 1 is known to hold at most 4.
    expect(result.publishedBases[b1]).toBe(0);
    expect(result.audit.passed).toBe(true);
    expect(independentAudit(highs, input, ROUNDED, result).failures).toEqual([]);
  });

  it("is protected against an attacker who knows that published counts are at least T", () => {
    const result = protectTable(input, { parameters: ROUNDED, salt, auditor: productionAuditor(ROUNDED, highs) });
    const audit = independentAudit(highs, input, ROUNDED, result, { publishedImpliesSafe: "P1" });
    expect(audit.failures.filter((failure) => failure.cell === b9)).toEqual([]);
  });
});
