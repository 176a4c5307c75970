import type { Bounds } from "../disclosure/audit/audit-problem.ts";
import type { DisclosureParameters } from "../disclosure/parameters.ts";
import { type Auditor, protectTable, type SuppressionReason } from "../disclosure/protect-table.ts";
import { publishedRate } from "../disclosure/rates.ts";
import { cellUniform, roundUnbiased } from "../disclosure/rounding.ts";
import { baseIntervals, baseKey, baseSeedId, type PlanBase } from "./base-intervals.ts";
import { type DivisionArea, layoutCells, releaseTableLayout, type TableLayout } from "./release-table-layout.ts";
import { type RegisterData, registerKey } from "./import/register-data.ts";

export interface PlanIndicator {
  code: string;
  baseCode: string;
  levels: string[];
  /** Category codes when split by category, else empty. */
  categories: string[];
  rateScale: number;
  /** False for plain population counts: rounded, never suppressed. */
  sensitive: boolean;
  /** Indicators this one is a subset of; they are planned first. */
  subsetOf: string[];
  /** A population count summed from published base figures, never from the register. */
  fromBase?: { base: string; categories: string[] } | null;
}

export type CellStatus = "PUBLISHED" | "SUPPRESSED" | "NO_DATA";

/** A cell as it will be stored: rounded values and a status, never a raw count. */
export interface PlannedValue {
  indicatorCode: string;
  year: number;
  areaCode: string;
  category: string;
  status: CellStatus;
  count: number | null;
  base: number | null;
  rate: number | null;
}

export interface PlannedTable {
  indicatorCode: string;
  year: number;
  layout: TableLayout;
  /** The tightest upper bound on each cell's base, from all published base figures. */
  caps: number[];
  hidden: boolean[];
  reasons: (SuppressionReason | null)[];
  published: (number | null)[];
  publishedBases: number[];
  passed: boolean;
  narrowestWidth: number | null;
  failures: { cellId: string; reason: string }[];
}

export interface ReleasePlan {
  values: PlannedValue[];
  tables: PlannedTable[];
  ruleCounts: Record<string, number>;
  passed: boolean;
}

export interface PlanInput {
  register: RegisterData;
  indicators: PlanIndicator[];
  /** The base populations; without it, each indicator's base with its categories and no identities. */
  bases?: Map<string, PlanBase>;
  division: DivisionArea[];
  parameters: DisclosureParameters;
  salt: string;
  auditor: Auditor;
  /** Cells (indicator|year|area|category) hidden in the release this one replaces. */
  previouslyHidden?: Set<string>;
  /** What is published elsewhere about a cell (CBS, an earlier release). */
  knowledge?: Map<string, Bounds>;
  onProgress?: (done: number, total: number) => void;
}

/** Parents before their subsets, otherwise in catalogue order; a cycle is a catalogue error. */
export function linkedOrder(indicators: PlanIndicator[]): PlanIndicator[] {
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const ordered: PlanIndicator[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (indicator: PlanIndicator) => {
    if (state.get(indicator.code) === "done") return;
    if (state.get(indicator.code) === "visiting") throw new Error(`The catalogue's subsetOf links form a cycle at ${indicator.code}`);
    state.set(indicator.code, "visiting");
    for (const parent of indicator.subsetOf) {
      const found = byCode.get(parent);
      if (found) visit(found);
    }
    state.set(indicator.code, "done");
    ordered.push(indicator);
  };
  indicators.forEach(visit);
  return ordered;
}

/**
 * Protects every indicator and year of the register: one table each, years in order so a
 * cell hidden last year is the preferred complement this year, and linked indicators after
 * the ones they are subsets of. Pure: the caller stores the plan.
 */
export function planRelease(input: PlanInput): ReleasePlan {
  const { register, parameters } = input;
  const indicators = linkedOrder(
    input.indicators.filter((indicator) => indicator.fromBase || register.indicators.includes(indicator.code)),
  );
  const bases = input.bases ?? basesOfIndicators(input.indicators);
  const published = publishBases(input, bases);
  const baseKnowledge = baseIntervals(input.division, bases, register.years, published, parameters.roundingBase);
  // Published count (or null when hidden) of every planned cell, for the linked indicators after it.
  const planned = new Map<string, number | null>();
  const total = indicators.length * register.years.length;
  const values: PlannedValue[] = [];
  const tables: PlannedTable[] = [];
  const ruleCounts: Record<string, number> = { P1: 0, P2: 0, L: 0, S1: 0, S2: 0, published: 0, structuralZeros: 0, rates: 0, ratesWithheld: 0 };
  let done = 0;

  for (const indicator of indicators) {
    const layout = releaseTableLayout(input.division, indicator.levels, indicator.categories);
    const cells = layoutCells(layout);
    let hiddenLastYear = new Set<string>();
    for (const year of register.years) {
      if (indicator.fromBase) {
        const derived = derivedFromBases(indicator, year, cells, published, parameters);
        if (derived) {
          for (const value of derived) {
            ruleCounts.published!++;
            if (value.rate !== null) ruleCounts.rates!++;
            values.push(value);
          }
        }
        input.onProgress?.(++done, total);
        continue;
      }
      const raw = cells.map(({ area, category }) => register.cells.get(registerKey(indicator.code, year, area, category)));
      if (raw.some((cell) => cell === undefined)) {
        done++;
        continue;
      }
      const cellIds = cells.map(({ area, category }) => registerKey(indicator.code, year, area, category));
      // Hidden last year, in this run or in the release being replaced. Never this year's own
      // earlier pattern: a re-run on the same input must give the same release.
      const previous = input.previouslyHidden;
      const preferred = new Set(
        cells.flatMap(({ area, category }, i) =>
          hiddenLastYear.has(`${area}|${category}`) || previous?.has(registerKey(indicator.code, year - 1, area, category))
            ? [i]
            : [],
        ),
      );
      const baseIds = cells.map(({ area, category }) => baseSeedId(bases, indicator.baseCode, year, area, category));
      const caps = cells.map(({ area, category }) => baseKnowledge.get(baseKey(indicator.baseCode, year, area, category))?.upper ?? Number.POSITIVE_INFINITY);
      const publishedBases = cells.map(({ area, category }) => published.get(baseKey(indicator.baseCode, year, area, category))!);
      const counts = raw.map((cell) => cell!.count);
      const trueBases = raw.map((cell) => cell!.base);
      const linked = linkedKnowledge(indicator, year, cells, planned, parameters.roundingBase);
      const knowledge = cellIds.map((id, i) => intersect(input.knowledge?.get(id), linked.knowledge[i]));
      const result = indicator.sensitive
        ? protectTable(
            { shape: layout.shape, cellIds, baseIds, values: counts, bases: trueBases, preferred, knowledge, forcedHidden: linked.forcedHidden, caps, publishedBases },
            { parameters, salt: input.salt, auditor: input.auditor },
          )
        : roundWithoutSuppression(cellIds, counts, publishedBases, parameters.roundingBase, input.salt);
      cells.forEach((_, i) => planned.set(cellIds[i]!, result.published[i] ?? null));
      hiddenLastYear = new Set(cells.flatMap(({ area, category }, i) => (result.hidden[i] ? [`${area}|${category}`] : [])));

      cells.forEach(({ area, category }, i) => {
        const reason = result.reasons[i];
        if (reason) ruleCounts[reason]!++;
        const count = result.published[i] ?? null;
        const base = result.publishedBases[i]!;
        if (count !== null) ruleCounts.published!++;
        if (raw[i]!.base === 0) ruleCounts.structuralZeros!++;
        const rate = publishedRate(count, base, indicator.rateScale, parameters);
        if (rate !== null) ruleCounts.rates!++;
        else if (count !== null) ruleCounts.ratesWithheld!++;
        values.push({
          indicatorCode: indicator.code,
          year,
          areaCode: area,
          category,
          status: count === null ? "SUPPRESSED" : "PUBLISHED",
          count,
          base,
          rate,
        });
      });
      tables.push({
        indicatorCode: indicator.code,
        year,
        layout,
        caps,
        hidden: result.hidden,
        reasons: result.reasons,
        published: result.published,
        publishedBases: result.publishedBases,
        passed: result.audit.passed,
        narrowestWidth: result.audit.narrowestWidth,
        failures: result.audit.failures,
      });
      input.onProgress?.(++done, total);
    }
  }
  return { values, tables, ruleCounts, passed: tables.every((table) => table.passed) };
}

/** Every base figure rounded once, by the key of the population it counts (equal figures alike). */
function basesOfIndicators(indicators: PlanIndicator[]): Map<string, PlanBase> {
  const bases = new Map<string, PlanBase>();
  for (const indicator of indicators) {
    const known = bases.get(indicator.baseCode);
    if (!known || known.categories.length < indicator.categories.length) {
      bases.set(indicator.baseCode, { code: indicator.baseCode, categories: indicator.categories, totalEquals: null });
    }
  }
  return bases;
}

function publishBases(input: PlanInput, bases: Map<string, PlanBase>): Map<string, number> {
  const published = new Map<string, number>();
  const baseOf = new Map(input.indicators.map((indicator) => [indicator.code, indicator.baseCode]));
  for (const [key, cell] of input.register.cells) {
    const [indicator, year, area, category] = key.split("|") as [string, string, string, string];
    const base = baseOf.get(indicator);
    if (!base) continue;
    const target = baseKey(base, Number(year), area, category);
    if (published.has(target)) continue;
    const seed = baseSeedId(bases, base, Number(year), area, category);
    published.set(target, roundUnbiased(cell.base, input.parameters.roundingBase, cellUniform(input.salt, seed)));
  }
  return published;
}

/** A population count from published base figures: their sum, with the indicator's own base as denominator. */
function derivedFromBases(
  indicator: PlanIndicator,
  year: number,
  cells: { area: string; category: string }[],
  published: Map<string, number>,
  parameters: DisclosureParameters,
): PlannedValue[] | null {
  const values: PlannedValue[] = [];
  for (const { area, category } of cells) {
    const parts = indicator.fromBase!.categories.map((part) => published.get(baseKey(indicator.fromBase!.base, year, area, part)));
    const base = published.get(baseKey(indicator.baseCode, year, area, category));
    if (parts.some((part) => part === undefined) || base === undefined) return null;
    const count = parts.reduce<number>((sum, part) => sum + part!, 0);
    values.push({
      indicatorCode: indicator.code,
      year,
      areaCode: area,
      category,
      status: "PUBLISHED",
      count,
      base,
      rate: publishedRate(count, base, indicator.rateScale, parameters),
    });
  }
  return values;
}

function intersect(a: Bounds | undefined, b: Bounds | undefined): Bounds | undefined {
  if (!a || !b) return a ?? b;
  return { lower: Math.max(a.lower, b.lower), upper: Math.min(a.upper, b.upper) };
}

/**
 * What the indicators this one is a subset of already published, cell by cell: a published
 * parent caps the subset; a hidden parent hides it too, or the subset would bound the parent.
 */
function linkedKnowledge(
  indicator: PlanIndicator,
  year: number,
  cells: { area: string; category: string }[],
  planned: Map<string, number | null>,
  roundingBase: number,
): { knowledge: (Bounds | undefined)[]; forcedHidden: Set<number> } {
  const forcedHidden = new Set<number>();
  const knowledge = cells.map(({ area, category }, i) => {
    let upper = Number.POSITIVE_INFINITY;
    for (const parent of indicator.subsetOf) {
      const key = registerKey(parent, year, area, category);
      if (!planned.has(key)) continue;
      const published = planned.get(key)!;
      if (published === null) forcedHidden.add(i);
      else upper = Math.min(upper, published + roundingBase - 1);
    }
    return Number.isFinite(upper) ? { lower: 0, upper } : undefined;
  });
  return { knowledge, forcedHidden };
}

/** Plain population counts: rounded like every count, never hidden. */
function roundWithoutSuppression(
  cellIds: string[],
  values: number[],
  publishedBases: number[],
  roundingBase: number,
  salt: string,
): ReturnType<typeof protectTable> {
  return {
    hidden: values.map(() => false),
    reasons: values.map(() => null),
    published: values.map((value, i) => roundUnbiased(value, roundingBase, cellUniform(salt, cellIds[i]!))),
    publishedBases,
    audit: { passed: true, rounds: 0, hiddenCells: 0, narrowestWidth: null, failures: [] },
  };
}
