import fc from "fast-check";
import type { Highs } from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadHighs, lpIntervals } from "@/lib/disclosure/audit/lp-intervals.ts";
import { DEFAULT_PARAMETERS, type DisclosureParameters } from "@/lib/disclosure/parameters.ts";
import { primaryRule } from "@/lib/disclosure/primary-rules.ts";
import { attackerBounds, type ProtectedTable, protectTable, type TableInput } from "@/lib/disclosure/protect-table.ts";
import {
  type AreaNode,
  type Cell,
  independentAudit,
  type IndependentFailure,
  productionAuditor,
  relationsOf,
  tableOfTree,
} from "./protection-fixtures.ts";

// Property tests of protectTable on random hierarchical tables, checked against an
// independent HiGHS audit of exactly what the table publishes. PROTECTION_PROPERTY_RUNS
// raises the number of tables (and PROTECTION_PROPERTY_SEED changes the seed) for a deeper
// search; the default keeps the unit suite fast. 6,000 tables (seeds 11, 12 rounded, 21, 22
// exact, 1,500 each) found no accepted table that fails the independent audit.
const RUNS = Number(process.env.PROTECTION_PROPERTY_RUNS ?? 100);
const SEED = Number(process.env.PROTECTION_PROPERTY_SEED ?? 20260417);
const TIMEOUT = Math.max(120_000, RUNS * 4_000);

const ROUNDED: DisclosureParameters = { ...DEFAULT_PARAMETERS, threshold: 10, protection: 5, roundingBase: 5 };
const EXACT: DisclosureParameters = { ...ROUNDED, roundingBase: 1 };

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

// A realistic mix of leaf cells: many small counts, some larger ones, now and then a group
// where (nearly) everyone has the attribute, now and then nobody in the base population.
const smallCount = fc.integer({ min: 0, max: 15 }).chain((n) => fc.integer({ min: Math.max(n, 1), max: n + 400 }).map((b): Cell => ({ n, b })));
const largerCount = fc.integer({ min: 10, max: 200 }).chain((n) => fc.integer({ min: n, max: 3 * n + 60 }).map((b): Cell => ({ n, b })));
const nearComplete = fc.integer({ min: 1, max: 200 }).chain((b) => fc.integer({ min: Math.max(0, b - 12), max: b }).map((n): Cell => ({ n, b })));
const structuralZero = fc.constant<Cell>({ n: 0, b: 0 });
const cell = fc.oneof(
  { arbitrary: smallCount, weight: 6 },
  { arbitrary: largerCount, weight: 3 },
  { arbitrary: nearComplete, weight: 1 },
  { arbitrary: structuralZero, weight: 1 },
);

function leaf(categories: number): fc.Arbitrary<AreaNode> {
  const width = Math.max(categories, 1);
  return fc.oneof(
    { arbitrary: fc.array(cell, { minLength: width, maxLength: width }), weight: 12 },
    // An area where nobody lives (an industrial estate): every cell a structural zero.
    { arbitrary: fc.constant(Array.from({ length: width }, (): Cell => ({ n: 0, b: 0 }))), weight: 1 },
  ).map((cells) => ({ leaf: cells }));
}

function node(levelsBelow: number, categories: number, isRoot: boolean): fc.Arbitrary<AreaNode> {
  if (levelsBelow === 0) return leaf(categories);
  const inner = fc
    .array(node(levelsBelow - 1, categories, false), { minLength: 2, maxLength: 8 })
    .map((children): AreaNode => ({ children }));
  // Below the root an area may be a leaf early (a wijk that is one buurt's worth of data).
  return isRoot ? inner : fc.oneof({ arbitrary: inner, weight: 5 }, { arbitrary: leaf(categories), weight: 1 });
}

interface Case {
  input: TableInput;
  salt: string;
}

const tableCase: fc.Arbitrary<Case> = fc
  .record({ levels: fc.integer({ min: 1, max: 3 }), categories: fc.integer({ min: 0, max: 4 }) })
  .chain(({ levels, categories }) =>
    fc.record({
      input: node(levels, categories, true).map((root) => tableOfTree(root, categories)),
      salt: fc.string({ minLength: 1, maxLength: 12 }),
    }),
  );

const protect = ({ input, salt }: Case, parameters: DisclosureParameters): ProtectedTable =>
  protectTable(input, { parameters, salt, auditor: productionAuditor(parameters, highs) });

/** A failing case, readable: the table's shape, values and bases, the salt, what failed. */
function describeCase({ input, salt }: Case, failures: IndependentFailure[]): string {
  return JSON.stringify({ areaParents: input.shape.areaParents, categoryCount: input.shape.categoryCount, values: input.values, bases: input.bases, salt, failures });
}

for (const [name, parameters] of [
  ["rounded to 5", ROUNDED],
  ["exact (rounding 1)", EXACT],
] as const) {
  describe(`protectTable on random hierarchical tables, T=10, p=5, ${name}`, () => {
    const stats = { tables: 0, notPassed: 0, cells: 0, hidden: 0 };

    it(
      "(a) every table it accepts passes an independent HiGHS audit of what it publishes, a-priori caps included; (d) it rarely gives up",
      () => {
        fc.assert(
          fc.property(tableCase, (c) => {
            const result = protect(c, parameters);
            stats.tables++;
            stats.cells += result.hidden.length;
            stats.hidden += result.hidden.filter(Boolean).length;
            if (!result.audit.passed) {
              stats.notPassed++;
              return;
            }
            const audit = independentAudit(highs, c.input, parameters, result);
            expect(audit.failures, describeCase(c, audit.failures)).toEqual([]);
          }),
          { seed: SEED, numRuns: RUNS },
        );
        console.info(
          `protectTable ${name}: ${stats.tables} random tables, ${stats.cells} cells, ${stats.hidden} hidden; ` +
            `${stats.notPassed} not accepted (${((100 * stats.notPassed) / stats.tables).toFixed(1)} %)`,
        );
        // Giving up must stay the exception: the audit loop finds a complement almost always.
        expect(stats.notPassed / stats.tables).toBeLessThanOrEqual(0.05);
      },
      TIMEOUT,
    );

    it(
      "(b) hides every primary, publishes every structural zero as 0, never uses a zero as complement, rounds within base − 1",
      () => {
        fc.assert(
          fc.property(tableCase, (c) => {
            const { input } = c;
            const result = protect(c, parameters);
            input.values.forEach((value, cell) => {
              const base = input.bases[cell]!;
              const rule = primaryRule(value, base, parameters);
              if (rule) {
                expect(result.hidden[cell]).toBe(true);
                expect(result.reasons[cell]).toBe(rule);
              }
              if (base === 0) {
                expect(result.hidden[cell]).toBe(false);
                expect(result.published[cell]).toBe(0);
                expect(result.publishedBases[cell]).toBe(0);
              }
              if (value === 0) expect(["S1", "S2"]).not.toContain(result.reasons[cell]);
              expect(result.hidden[cell]).toBe(result.reasons[cell] !== null);
              const published = result.published[cell];
              if (result.hidden[cell]) expect(published).toBeNull();
              else {
                expect(published! % parameters.roundingBase).toBe(0);
                expect(Math.abs(published! - value)).toBeLessThanOrEqual(parameters.roundingBase - 1);
              }
              expect(result.publishedBases[cell]! % parameters.roundingBase).toBe(0);
              expect(Math.abs(result.publishedBases[cell]! - base)).toBeLessThanOrEqual(parameters.roundingBase - 1);
            });
          }),
          { seed: SEED + 1, numRuns: RUNS },
        );
      },
      TIMEOUT,
    );

    it(
      "(c) is deterministic: the same table and salt give the same result",
      () => {
        fc.assert(
          fc.property(tableCase, (c) => {
            expect(protect(c, parameters)).toEqual(protect(c, parameters));
          }),
          { seed: SEED + 2, numRuns: Math.ceil(RUNS / 2) },
        );
      },
      TIMEOUT,
    );
  });
}

describe("cases found by the property search", () => {
  // A buurt that is a care home: nobody in the first category (a structural zero, base 0),
  // 149 of 149 residents in the second with care (P2); a second, ordinary buurt. With this
  // salt the home's total base rounds up to 150 and its second category's base down to 145.
  const input = tableOfTree(
    {
      children: [
        { leaf: [{ n: 0, b: 0 }, { n: 149, b: 149 }] },
        { leaf: [{ n: 40, b: 300 }, { n: 35, b: 200 }] },
      ],
    },
    2,
  );
  const salt = "salt-7";
  const home = 3; // area 1, total
  const empty = 4; // area 1, first category

  it("the published figures cap the home's total at 149, but the a-priori cap counts the empty category as up to 4", () => {
    const result = protect({ input, salt }, ROUNDED);
    expect(result.publishedBases.slice(3, 6)).toEqual([150, 0, 145]);
    expect(result.published[empty]).toBe(0);
    const groups = relationsOf(input.shape);
    // Every count hidden except the structural zero, which is always published as 0.
    const mostHidden = input.values.map((_, cell) => cell !== empty);
    const reach = lpIntervals(
      { groups, bounds: attackerBounds(mostHidden, mostHidden.map((h) => (h ? null : 0)), result.publishedBases, 5), targets: [home], sums: [] },
      highs,
    );
    expect(reach.cells[0]!.upper).toBe(149);
    const apriori = lpIntervals(
      { groups, bounds: attackerBounds(input.values.map(() => true), result.published, result.publishedBases, 5), targets: [home], sums: [] },
      highs,
    );
    expect(apriori.cells[0]!.upper).toBe(153);
  });

  it("accepts a care home next to an empty category (rounding 5)", () => {
    const result = protect({ input, salt }, ROUNDED);
    expect(result.audit.failures).toEqual([]);
    expect(result.audit.passed).toBe(true);
  });
});
