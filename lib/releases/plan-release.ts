import type { Bounds } from "../disclosure/audit/audit-problem.ts";
import type { DisclosureParameters } from "../disclosure/parameters.ts";
import { type Auditor, protectTable, type SuppressionReason } from "../disclosure/protect-table.ts";
import { publishedRate } from "../disclosure/rates.ts";
import { type DivisionArea, layoutCells, releaseTableLayout, type TableLayout } from "./release-table-layout.ts";
import { type RegisterData, registerKey } from "./import/register-data.ts";

export interface PlanIndicator {
  code: string;
  baseCode: string;
  levels: string[];
  /** Category codes when split by category, else empty. */
  categories: string[];
  rateScale: number;
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

/**
 * Protects every indicator and year of the register: one table each, years in order so a
 * cell hidden last year is the preferred complement this year. Pure: the caller stores it.
 */
export function planRelease(input: PlanInput): ReleasePlan {
  const { register, parameters } = input;
  const indicators = input.indicators.filter((indicator) => register.indicators.includes(indicator.code));
  const total = indicators.length * register.years.length;
  const values: PlannedValue[] = [];
  const tables: PlannedTable[] = [];
  const ruleCounts: Record<string, number> = { P1: 0, P2: 0, S1: 0, S2: 0, published: 0, structuralZeros: 0, rates: 0, ratesWithheld: 0 };
  let done = 0;

  for (const indicator of indicators) {
    const layout = releaseTableLayout(input.division, indicator.levels, indicator.categories);
    const cells = layoutCells(layout);
    let hiddenLastYear = new Set<string>();
    for (const year of register.years) {
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
      const result = protectTable(
        {
          shape: layout.shape,
          cellIds,
          baseIds: cells.map(({ area, category }) => `basis|${indicator.baseCode}|${year}|${area}|${category}`),
          values: raw.map((cell) => cell!.count),
          bases: raw.map((cell) => cell!.base),
          preferred,
          knowledge: input.knowledge ? cellIds.map((id) => input.knowledge!.get(id)) : undefined,
        },
        { parameters, salt: input.salt, auditor: input.auditor },
      );
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
