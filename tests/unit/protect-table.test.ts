import { beforeAll, describe, expect, it } from "vitest";
import type { Highs } from "highs";
import { auditFailures } from "@/lib/disclosure/audit/criteria.ts";
import { flowIntervals } from "@/lib/disclosure/audit/flow-intervals.ts";
import { loadHighs, lpIntervals } from "@/lib/disclosure/audit/lp-intervals.ts";
import { additiveGroups, cellIndex, type HierarchicalTable } from "@/lib/disclosure/hierarchical-table.ts";
import { DEFAULT_PARAMETERS, type DisclosureParameters } from "@/lib/disclosure/parameters.ts";
import { attackerBounds, type Auditor, protectTable, type TableInput } from "@/lib/disclosure/protect-table.ts";
import exhausted from "./fixtures/exhausted-neighbourhood.json";
import { productionAuditor } from "./protection-fixtures.ts";

const flowAuditor: Auditor = (shape, problem, feasible) => flowIntervals(shape, problem, { feasible });
const EXACT: DisclosureParameters = { ...DEFAULT_PARAMETERS, roundingBase: 1 };
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** A table from leaf values: totals are summed, bases default to 100 per leaf cell. */
function table(shape: HierarchicalTable, leaf: (area: number, category: number) => number, leafBase = () => 100): TableInput {
  const categories = shape.categoryCount + 1;
  const n = shape.areaParents.length * categories;
  const values = new Array<number>(n).fill(0);
  const bases = new Array<number>(n).fill(0);
  const isLeaf = (area: number) => !shape.areaParents.includes(area);
  for (let area = shape.areaParents.length - 1; area >= 0; area--) {
    for (let c = shape.categoryCount === 0 ? 0 : 1; c < categories; c++) {
      if (isLeaf(area)) {
        values[cellIndex(shape, area, c)] = leaf(area, c);
        bases[cellIndex(shape, area, c)] = leafBase();
      }
    }
    if (shape.categoryCount > 0 && isLeaf(area)) {
      for (let c = 1; c < categories; c++) {
        values[cellIndex(shape, area, 0)]! += values[cellIndex(shape, area, c)]!;
        bases[cellIndex(shape, area, 0)]! += bases[cellIndex(shape, area, c)]!;
      }
    }
    const parent = shape.areaParents[area]!;
    if (parent >= 0) {
      for (let c = 0; c < categories; c++) {
        values[cellIndex(shape, parent, c)]! += values[cellIndex(shape, area, c)]!;
        bases[cellIndex(shape, parent, c)]! += bases[cellIndex(shape, area, c)]!;
      }
    }
  }
  const ids = values.map((_, cell) => `t|${cell}`);
  return { shape, cellIds: ids, baseIds: ids.map((id) => `base|${id}`), values, bases };
}

/** An audit by the other engine (HiGHS), on what the protected table actually publishes. */
function independentAudit(input: TableInput, parameters: DisclosureParameters, result: ReturnType<typeof protectTable>) {
  const targets = result.hidden.flatMap((h, cell) => (h ? [cell] : []));
  const groups = additiveGroups(input.shape);
  const primary = (cell: number) => result.reasons[cell] === "P1" || result.reasons[cell] === "P2";
  const sums = groups.map((g) => g.parts.filter((c) => result.hidden[c] && primary(c))).filter((s) => s.length >= 2);
  const bounds = attackerBounds(
    result.hidden,
    result.published,
    result.publishedBases,
    parameters.roundingBase,
  );
  const intervals = lpIntervals({ groups, bounds, targets, sums }, highs);
  const aprioriBounds = attackerBounds(result.hidden.map(() => true), result.published, result.publishedBases, parameters.roundingBase);
  const apriori = lpIntervals({ groups, bounds: aprioriBounds, targets, sums }, highs);
  return auditFailures(
    {
      targets,
      sums,
      intervals,
      values: input.values,
      isPrimary: primary,
      targetCaps: apriori.cells.map((b) => b.upper),
      sumCaps: apriori.sums.map((b) => b.upper),
    },
    parameters,
  );
}

describe("protectTable", () => {
  it("hides a small buurt and the cheapest other buurt, so the wijk total gives nothing away", () => {
    const shape: HierarchicalTable = { areaParents: [-1, 0, 0, 0], categoryCount: 0 };
    const input = table(shape, (area) => [0, 3, 40, 57][area]!);
    const result = protectTable(input, { parameters: EXACT, salt: "s", auditor: flowAuditor });
    expect(result.reasons).toEqual([null, "P1", "S1", null]);
    expect(result.published).toEqual([100, null, null, 57]);
    expect(result.audit.passed).toBe(true);
    expect(independentAudit(input, EXACT, result)).toEqual([]);
  });

  it("hides a near-complete group (a care home where almost everyone has care) by P2", () => {
    const shape: HierarchicalTable = { areaParents: [-1, 0, 0], categoryCount: 0 };
    const input = table(shape, (area) => [0, 115, 60][area]!, () => 120);
    const result = protectTable(input, { parameters: DEFAULT_PARAMETERS, salt: "s", auditor: flowAuditor });
    expect(result.reasons[1]).toBe("P2");
    expect(result.hidden[2]).toBe(true);
    expect(independentAudit(input, DEFAULT_PARAMETERS, result)).toEqual([]);
  });

  it("publishes a structural zero (nobody lives there) and hides any other zero", () => {
    const shape: HierarchicalTable = { areaParents: [-1, 0, 0, 0], categoryCount: 0 };
    const input = table(shape, (area) => [0, 0, 0, 80][area]!);
    input.bases[1] = 0;
    input.bases[0] = input.bases[1] + input.bases[2]! + input.bases[3]!;
    const result = protectTable(input, { parameters: DEFAULT_PARAMETERS, salt: "s", auditor: flowAuditor });
    expect(result.reasons[1]).toBeNull();
    expect(result.published[1]).toBe(0);
    expect(result.reasons[2]).toBe("P1");
  });

  it("publishes multiples of the rounding base, the same for the same salt and cell, different for another salt", () => {
    const shape: HierarchicalTable = { areaParents: [-1, 0, 0, 0, 0], categoryCount: 0 };
    const input = table(shape, (area) => [0, 31, 42, 53, 64][area]!);
    const once = protectTable(input, { parameters: DEFAULT_PARAMETERS, salt: "a", auditor: flowAuditor });
    const twice = protectTable(input, { parameters: DEFAULT_PARAMETERS, salt: "a", auditor: flowAuditor });
    expect(twice).toEqual(once);
    for (const value of once.published) if (value !== null) expect(value % 5).toBe(0);
    const salts = Array.from({ length: 40 }, (_, i) => protectTable(input, { parameters: DEFAULT_PARAMETERS, salt: `salt${i}`, auditor: flowAuditor }));
    expect(new Set(salts.map((r) => JSON.stringify(r.published))).size).toBeGreaterThan(1);
  });

  describe("the classic 2-D bridge", () => {
    // Buurten X, Y, Z, W × categories a, b, c, d. Hidden: the rectangles {X,Y}×{a,b} and
    // {Z,W}×{c,d}, joined by Xc. Every row and column with a hidden cell has at least two,
    // yet Xc is a bridge: (row X + row Y) − (column a + column b) gives it exactly.
    const shape: HierarchicalTable = { areaParents: [-1, 0, 0, 0, 0], categoryCount: 4 };
    const hiddenLeaves = new Set(["1,1", "1,2", "1,3", "2,1", "2,2", "3,3", "3,4", "4,3", "4,4"]);
    const input = table(shape, (area, c) => (hiddenLeaves.has(`${area},${c}`) ? 5 : 40 + area * 3 + c));
    const xc = cellIndex(shape, 1, 3);

    it("passes every row and column through the one-dimensional rule and is caught by the audit", () => {
      const once = protectTable(input, { parameters: EXACT, salt: "s", auditor: flowAuditor, maxAuditRounds: 1 });
      expect(once.reasons.filter((r) => r === "S1")).toEqual([]);
      expect(once.audit.passed).toBe(false);
      expect(once.audit.failures).toContainEqual({ cellId: input.cellIds[xc], reason: "determined" });
    });

    it("is protected after the audit loop adds a complement, as HiGHS confirms independently", () => {
      const result = protectTable(input, { parameters: EXACT, salt: "s", auditor: flowAuditor });
      expect(result.audit.passed).toBe(true);
      expect(result.reasons).toContain("S2");
      expect(independentAudit(input, EXACT, result)).toEqual([]);
    });
  });

  it("looks beyond a failing cell's own groups when they are all hidden already", () => {
    // A table from the generated national register: in a two-buurt wijk every cell around a
    // small buurt's 18-64 (its other categories and total, the neighbour's 18-64, the wijk's
    // 18-64) ended up hidden, while the wijk total and the neighbour's total, both published,
    // still capped it below n + p. The loop must reach that far for a complement.
    const input: TableInput = {
      shape: exhausted.shape,
      cellIds: exhausted.cellIds,
      baseIds: exhausted.baseIds,
      values: exhausted.values,
      bases: exhausted.bases,
      caps: exhausted.caps.map((cap) => cap ?? Number.POSITIVE_INFINITY),
    };
    const result = protectTable(input, { parameters: DEFAULT_PARAMETERS, salt: exhausted.salt, auditor: productionAuditor(DEFAULT_PARAMETERS, highs) });
    expect(result.hidden[exhausted.cellIds.indexOf(exhausted.failedCell)]).toBe(true);
    expect(result.audit.failures).toEqual([]);
    expect(independentAudit(input, DEFAULT_PARAMETERS, result)).toEqual([]);
  }, 30_000); // seconds of work on a busy 2-core machine
});
