// Builders and an independent audit for tests of protectTable. Not a test file itself.
//
// The independent audit works only from what a protected table publishes (hidden pattern,
// rounded counts, rounded bases), like an attacker, plus the true values to apply the
// criteria of the design note. It builds the table's additive relations itself and applies
// the criteria itself; from the core it takes only attackerBounds (what a published value
// tells) and the HiGHS LP engine, so a fault in protectTable's own audit loop, its
// max-flow engine or its criteria code does not hide itself here.
import type { Highs } from "highs";
import type { AuditIntervals, Bounds } from "@/lib/disclosure/audit/audit-problem.ts";
import { lpIntervals } from "@/lib/disclosure/audit/lp-intervals.ts";
import { gateAuditor } from "@/lib/disclosure/audit/gate-auditor.ts";
import type { AdditiveGroup, HierarchicalTable } from "@/lib/disclosure/hierarchical-table.ts";
import type { DisclosureParameters } from "@/lib/disclosure/parameters.ts";
import { attackerBounds, type Auditor, type ProtectedTable, type TableInput } from "@/lib/disclosure/protect-table.ts";

/** The auditor `npm run publish` uses inside protection. */
export function productionAuditor(parameters: DisclosureParameters, highs: Highs): Auditor {
  return gateAuditor(parameters, highs);
}

/** One count and its base population. */
export interface Cell {
  n: number;
  b: number;
}

/** A tree of areas: a leaf holds its category cells (or its one total cell without categories). */
export type AreaNode = { leaf: Cell[] } | { children: AreaNode[] };

/**
 * The table of a tree: areas numbered in pre-order (parents before children), leaf cells
 * as given, every total summed (counts and bases alike).
 */
export function tableOfTree(root: AreaNode, categoryCount: number): TableInput {
  const areaParents: number[] = [];
  const leaves = new Map<number, Cell[]>();
  const visit = (node: AreaNode, parent: number) => {
    const area = areaParents.length;
    areaParents.push(parent);
    if ("leaf" in node) leaves.set(area, node.leaf);
    else for (const child of node.children) visit(child, area);
  };
  visit(root, -1);
  const shape: HierarchicalTable = { areaParents, categoryCount };
  const k = categoryCount + 1;
  const values = new Array<number>(areaParents.length * k).fill(0);
  const bases = new Array<number>(areaParents.length * k).fill(0);
  for (let area = areaParents.length - 1; area >= 0; area--) {
    const leaf = leaves.get(area);
    if (leaf) {
      if (leaf.length !== Math.max(categoryCount, 1)) throw new Error(`leaf ${area} has ${leaf.length} cells`);
      if (categoryCount === 0) {
        values[area * k] = leaf[0]!.n;
        bases[area * k] = leaf[0]!.b;
      } else {
        leaf.forEach(({ n, b }, c) => {
          values[area * k + c + 1] = n;
          bases[area * k + c + 1] = b;
          values[area * k]! += n;
          bases[area * k]! += b;
        });
      }
    }
    const parent = areaParents[area]!;
    if (parent >= 0) {
      for (let c = 0; c < k; c++) {
        values[parent * k + c]! += values[area * k + c]!;
        bases[parent * k + c]! += bases[area * k + c]!;
      }
    }
  }
  const cellIds = values.map((_, cell) => `t|${Math.floor(cell / k)}|${cell % k}`);
  return { shape, cellIds, baseIds: cellIds.map((id) => `basis|${id}`), values, bases };
}

/** A one-level table (one total area over buurten) from a buurten × categories matrix, bases 100 per leaf cell. */
export function gridTable(rows: number[][], base = 100): TableInput {
  const categoryCount = rows[0]!.length;
  return tableOfTree({ children: rows.map((row) => ({ leaf: row.map((n) => ({ n, b: base })) })) }, categoryCount);
}

/**
 * The additive relations of a tree × categories table, written out here rather than taken
 * from the core: for every area with children and every category, parent = Σ children; for
 * every area (with categories), total = Σ categories.
 */
export function relationsOf(shape: HierarchicalTable): AdditiveGroup[] {
  const k = shape.categoryCount + 1;
  const groups: AdditiveGroup[] = [];
  shape.areaParents.forEach((_, area) => {
    const kids = shape.areaParents.flatMap((parent, child) => (parent === area ? [child] : []));
    if (kids.length > 0) for (let c = 0; c < k; c++) groups.push({ total: area * k + c, parts: kids.map((kid) => kid * k + c) });
    if (shape.categoryCount > 0) {
      groups.push({ total: area * k, parts: Array.from({ length: shape.categoryCount }, (_, c) => area * k + c + 1) });
    }
  });
  return groups;
}

/** The primary rules of the design note, restated: P1 0 ≤ n < T unless the base is 0; P2 B − n < T. */
export function isPrimaryCell(n: number, b: number, { threshold }: DisclosureParameters): boolean {
  return b > 0 && (n < threshold || b - n < threshold);
}

export interface IndependentFailure {
  /** A hidden cell, or the cells of a virtual sum (the hidden primaries of one group). */
  cell?: number;
  sum?: number[];
  reason: "determined" | "upperTooClose" | "lowerTooClose" | "intervalTooNarrow" | "sumTooSmall" | "truthOutside";
  interval: Bounds;
  cap: number;
  value: number;
}

export interface IndependentAudit {
  failures: IndependentFailure[];
  targets: number[];
  sums: number[][];
  intervals: AuditIntervals;
}

export interface IndependentAuditOptions {
  /**
   * Also use what the published rules tell about every published, non-structural count: it
   * was not a primary, so n ≥ T ("P1": the explanation page says counts 1–9 are withheld),
   * and with "P1+P2" also n ≤ B − T (B at most its published base + rounding − 1).
   */
  publishedImpliesSafe?: "P1" | "P1+P2";
}

/**
 * The release gate, applied from scratch to what `result` publishes: the tightest interval
 * of every hidden cell and of every virtual sum by HiGHS, the a-priori caps (every count
 * hidden, only the published bases known) by HiGHS, then the criteria with the caps:
 * U − L ≥ 1; a primary needs U ≥ min(n + p, cap) and L ≤ max(0, n − p); any other hidden
 * cell U − L ≥ min(p, cap); a virtual sum U ≥ min(T, cap). The true value must lie inside.
 */
export function independentAudit(
  highs: Highs,
  input: TableInput,
  parameters: DisclosureParameters,
  result: Pick<ProtectedTable, "hidden" | "published" | "publishedBases">,
  options: IndependentAuditOptions = {},
): IndependentAudit {
  const { protection: p, threshold: T, roundingBase } = parameters;
  const groups = relationsOf(input.shape);
  const primary = (cell: number) => isPrimaryCell(input.values[cell]!, input.bases[cell]!, parameters);
  const targets = result.hidden.flatMap((hidden, cell) => (hidden ? [cell] : []));
  const sums = groups.map((group) => group.parts.filter((cell) => result.hidden[cell] && primary(cell))).filter((cells) => cells.length >= 2);
  let bounds = attackerBounds(result.hidden, result.published, result.publishedBases, roundingBase);
  // The rules are public: by default the attacker uses that a published count passed P1 and P2.
  const publishedImpliesSafe = options.publishedImpliesSafe ?? "P1+P2";
  if (publishedImpliesSafe) {
    bounds = bounds.map((known, cell) =>
      result.hidden[cell] || result.publishedBases[cell] === 0
        ? known
        : {
            lower: Math.max(known.lower, T),
            upper: publishedImpliesSafe === "P1+P2" ? Math.min(known.upper, result.publishedBases[cell]! + roundingBase - 1 - T) : known.upper,
          },
    );
  }
  const intervals = lpIntervals({ groups, bounds, targets, sums }, highs);
  // From the bases alone: every count hidden but the structural zeros, which are published as 0.
  const aprioriHidden = result.hidden.map((hidden, cell) => hidden || result.publishedBases[cell] !== 0);
  const aprioriBounds = attackerBounds(aprioriHidden, result.published, result.publishedBases, roundingBase);
  const apriori = lpIntervals({ groups, bounds: aprioriBounds, targets, sums }, highs);

  const failures: IndependentFailure[] = [];
  targets.forEach((cell, index) => {
    const interval = intervals.cells[index]!;
    const { lower, upper } = interval;
    const cap = apriori.cells[index]!.upper;
    const value = input.values[cell]!;
    const fail = (reason: IndependentFailure["reason"]) => failures.push({ cell, reason, interval, cap, value });
    if (value < lower || value > upper) fail("truthOutside");
    else if (upper - lower < 1) fail("determined");
    else if (primary(cell)) {
      if (upper < Math.min(value + p, cap)) fail("upperTooClose");
      if (lower > Math.max(0, value - p)) fail("lowerTooClose");
    } else if (upper - lower < Math.min(p, cap)) fail("intervalTooNarrow");
  });
  sums.forEach((cells, index) => {
    const interval = intervals.sums[index]!;
    const cap = apriori.sums[index]!.upper;
    const value = cells.reduce((sum, cell) => sum + input.values[cell]!, 0);
    if (value < interval.lower || value > interval.upper) failures.push({ sum: cells, reason: "truthOutside", interval, cap, value });
    else if (interval.upper < Math.min(T, cap)) failures.push({ sum: cells, reason: "sumTooSmall", interval, cap, value });
  });
  return { failures, targets, sums, intervals };
}

/** The attacker's tightest interval of each of `cells` when exactly `hidden` is hidden and the rest is published exactly. */
export function exactIntervals(highs: Highs, input: TableInput, hiddenCells: number[], cells: number[] = hiddenCells, sums: number[][] = []): AuditIntervals {
  const hidden = input.values.map((_, cell) => hiddenCells.includes(cell));
  const bounds = attackerBounds(hidden, input.values.map((value, cell) => (hidden[cell] ? null : value)), input.bases, 1);
  return lpIntervals({ groups: relationsOf(input.shape), bounds, targets: cells, sums }, highs);
}
