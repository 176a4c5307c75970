import { describe, expect, it } from "vitest";
import { flowIntervals } from "@/lib/disclosure/audit/flow-intervals.ts";
import { cellIndex, type HierarchicalTable } from "@/lib/disclosure/hierarchical-table.ts";
import { DEFAULT_PARAMETERS } from "@/lib/disclosure/parameters.ts";
import { protectTable, type TableInput } from "@/lib/disclosure/protect-table.ts";
import { cheapestComplement, type ComplementContext } from "@/lib/disclosure/secondary/complement-cost.ts";

const context = (values: number[], preferred: number[] = [], totalOf = values.map(() => 0)): ComplementContext => ({
  values,
  protection: 5,
  totalOf,
  preferred: new Set(preferred),
});

describe("choosing a complement", () => {
  it("never takes a zero, prefers at least p, then the smallest value", () => {
    const hidden = [false, false, false, false];
    expect(cheapestComplement([0, 1, 2, 3], hidden, context([0, 3, 40, 12]))).toBe(3);
    expect(cheapestComplement([0], hidden, context([0, 3, 40, 12]))).toBeUndefined();
  });

  it("prefers a cell that is nobody's total, so hiding it cascades less", () => {
    const hidden = [false, false];
    expect(cheapestComplement([0, 1], hidden, context([20, 30], [], [1, 0]))).toBe(1);
  });

  it("prefers a cell hidden last year over a smaller one that was not", () => {
    const hidden = [false, false, false];
    expect(cheapestComplement([0, 1, 2], hidden, context([12, 15, 60], [2]))).toBe(2);
  });
});

describe("protecting a year after the one before", () => {
  // A wijk of four buurten where buurt 1 is small every year: its complement should stay the
  // same buurt from one year to the next, so no year's figures help to undo another's.
  const shape: HierarchicalTable = { areaParents: [-1, 0, 0, 0, 0], categoryCount: 0 };
  const input = (leaves: number[]): TableInput => {
    const values = [leaves.reduce((a, b) => a + b, 0), ...leaves];
    const bases = values.map((value) => value * 10);
    const ids = values.map((_, cell) => `y|${cellIndex(shape, cell, 0)}`);
    return { shape, cellIds: ids, baseIds: ids.map((id) => `b|${id}`), values, bases };
  };
  const auditor = (table: HierarchicalTable, problem: Parameters<typeof flowIntervals>[1], feasible: number[]) =>
    flowIntervals(table, problem, { feasible });

  it("keeps last year's complement when another buurt became slightly cheaper", () => {
    const lastYear = protectTable(input([4, 30, 40, 50]), { parameters: DEFAULT_PARAMETERS, salt: "s", auditor });
    expect(lastYear.reasons).toEqual([null, "P1", "S1", null, null]);
    const thisYear = input([4, 33, 31, 50]);
    const without = protectTable(thisYear, { parameters: DEFAULT_PARAMETERS, salt: "s", auditor });
    expect(without.reasons[3]).toBe("S1");
    const preferred = new Set(lastYear.hidden.flatMap((hidden, cell) => (hidden ? [cell] : [])));
    const withPreference = protectTable({ ...thisYear, preferred }, { parameters: DEFAULT_PARAMETERS, salt: "s", auditor });
    expect(withPreference.reasons).toEqual([null, "P1", "S1", null, null]);
  });
});
