import type { Highs } from "highs";
import { gateAuditor } from "../disclosure/audit/gate-auditor.ts";
import type { DisclosureParameters } from "../disclosure/parameters.ts";
import type { Database } from "../db/open-database.ts";
import { getAreaDivision } from "../areas/get-area-division.ts";
import { getCatalogue } from "../indicators/get-catalogue.ts";
import { ImportError } from "../import/import-problem.ts";
import type { ImportSource } from "../import/import-source.ts";
import { parseRegisterCsv } from "./import/parse-register-csv.ts";
import { inputFingerprint } from "./input-fingerprint.ts";
import { outsideKnowledge, previouslyHiddenCells } from "./outside-knowledge.ts";
import { type PlanIndicator, planRelease, type ReleasePlan } from "./plan-release.ts";
import type { DivisionArea } from "./release-table-layout.ts";
import type { PlanBase } from "./base-intervals.ts";
import { type AuditableTable, type VerificationResult, verifyTables } from "./verify-release.ts";
import { writeRelease } from "./write-release.ts";

export interface PublishOptions {
  gemeenteCode: string;
  divisionYear: number;
  parameters: DisclosureParameters;
  salt: string;
  isDemo: boolean;
  highs: Highs;
  progress?: (stage: "protect" | "verify" | "write") => ((done: number, total: number) => void) | undefined;
}

export interface PublishOutcome {
  releaseId: number | null;
  plan: Omit<ReleasePlan, "values" | "tables"> & { tables: number; values: number };
  gate: { engine: string; passed: boolean; seconds: number; narrowestInterval: number | null; failures: { cell: string; reason: string }[] };
  verification: VerificationResult | null;
  summary: ReleaseSummary;
}

export interface ReleaseSummary {
  gemeenteCode: string;
  divisionYear: number;
  years: number[];
  indicators: number;
  isDemo: boolean;
  parameters: DisclosureParameters;
  ruleCounts: Record<string, number>;
  cells: { total: number; published: number; suppressed: number };
}

/** Loads the division as the release frame: parents before children. */
export async function loadDivision(db: Database, gemeenteCode: string, year: number): Promise<DivisionArea[]> {
  const division = await getAreaDivision(db.prisma, gemeenteCode, year);
  if (!division) throw new ImportError([{ key: "noDivision", values: { gemeente: gemeenteCode, year } }]);
  return [
    { code: division.gemeente.code, level: "GEMEENTE", parentCode: null },
    ...division.wijken.map((wijk) => ({ code: wijk.code, level: "WIJK" as const, parentCode: division.gemeente.code })),
    ...division.wijken.flatMap((wijk) => wijk.buurten.map((buurt) => ({ code: buurt.code, level: "BUURT" as const, parentCode: wijk.code }))),
  ];
}

export async function loadPlanIndicators(db: Database): Promise<(PlanIndicator & { cbsKey: string | null })[]> {
  const catalogue = await getCatalogue(db.prisma);
  if (catalogue.indicators.length === 0) throw new ImportError([{ key: "noCatalogue" }]);
  return catalogue.indicators.map((indicator) => ({
    code: indicator.code,
    baseCode: indicator.baseCode,
    levels: indicator.levels,
    categories: indicator.categories.map((category) => category.code),
    rateScale: indicator.rateScale,
    cbsKey: indicator.cbsKey,
    sensitive: indicator.sensitive,
    subsetOf: indicator.subsetOf,
    fromBase: indicator.fromBase as PlanIndicator["fromBase"],
  }));
}

export async function loadPlanBases(db: Database): Promise<Map<string, PlanBase>> {
  const bases = await db.prisma.basePopulation.findMany({ include: { categorySet: true } });
  return new Map(
    bases.map((base) => [
      base.code,
      {
        code: base.code,
        categories: ((base.categorySet?.categories ?? []) as { code: string }[]).map((category) => category.code),
        totalEquals: base.totalEquals as PlanBase["totalEquals"],
      },
    ]),
  );
}

export function auditableTables(plan: ReleasePlan, truth?: Map<string, number[]>): AuditableTable[] {
  return plan.tables.map((table) => ({
    indicatorCode: table.indicatorCode,
    year: table.year,
    layout: table.layout,
    caps: table.caps,
    hidden: table.hidden,
    published: table.published,
    publishedBases: table.publishedBases,
    truth: truth
      ? {
          values: truth.get(`${table.indicatorCode}|${table.year}`)!,
          isPrimary: (cell: number) => table.reasons[cell] === "P1" || table.reasons[cell] === "P2",
        }
      : undefined,
  }));
}

/**
 * raw counts → primary rules → secondary suppression → rounding → rates → audit (max-flow
 * gate inside protection, then an independent HiGHS audit) → on success one transaction
 * that makes the new release current. On any failure nothing is written, and failing cells
 * are named by position only.
 */
export async function publishRelease(db: Database, input: ImportSource, options: PublishOptions): Promise<PublishOutcome> {
  const { parameters, highs } = options;
  const [division, indicators, bases] = await Promise.all([
    loadDivision(db, options.gemeenteCode, options.divisionYear),
    loadPlanIndicators(db),
    loadPlanBases(db),
  ]);
  const register = parseRegisterCsv(input.content, input.file, {
    areas: division,
    indicators: new Map(indicators.map((indicator) => [indicator.code, { base: indicator.baseCode, categories: indicator.categories }])),
  });
  const [knowledge, previouslyHidden] = await Promise.all([
    outsideKnowledge(db.prisma, register, indicators),
    previouslyHiddenCells(db.prisma),
  ]);

  const auditor = gateAuditor(parameters, highs);
  const started = performance.now();
  const plan = planRelease({
    register,
    indicators,
    bases,
    division,
    parameters,
    salt: options.salt,
    auditor,
    previouslyHidden,
    knowledge,
    onProgress: options.progress?.("protect"),
  });
  const gate = {
    engine: "max-flow (exact linear-programming bounds for tree × category tables)",
    passed: plan.passed,
    seconds: (performance.now() - started) / 1000,
    narrowestInterval: plan.tables.reduce<number | null>(
      (min, table) => (table.narrowestWidth === null ? min : min === null ? table.narrowestWidth : Math.min(min, table.narrowestWidth)),
      null,
    ),
    failures: plan.tables.flatMap((table) => table.failures.map((failure) => ({ cell: failure.cellId, reason: failure.reason }))),
  };

  const truth = new Map(
    plan.tables.map((table) => [
      `${table.indicatorCode}|${table.year}`,
      table.layout.areaCodes.flatMap((area) =>
        table.layout.categories.map((category) => register.cells.get(`${table.indicatorCode}|${table.year}|${area}|${category}`)!.count),
      ),
    ]),
  );
  const tablesToVerify = auditableTables(plan, truth).map((table) => ({
    ...table,
    knowledge: table.layout.areaCodes.flatMap((area) =>
      table.layout.categories.map((category) => knowledge.get(`${table.indicatorCode}|${table.year}|${area}|${category}`)),
    ),
  }));
  const verification = plan.passed ? verifyTables(tablesToVerify, parameters, highs, options.progress?.("verify")) : null;

  const published = plan.values.filter((value) => value.status === "PUBLISHED").length;
  const summary: ReleaseSummary = {
    gemeenteCode: options.gemeenteCode,
    divisionYear: options.divisionYear,
    years: register.years,
    indicators: new Set(plan.tables.map((table) => table.indicatorCode)).size,
    isDemo: options.isDemo,
    parameters,
    ruleCounts: plan.ruleCounts,
    cells: { total: plan.values.length, published, suppressed: plan.values.length - published },
  };
  const outcome: PublishOutcome = {
    releaseId: null,
    plan: { passed: plan.passed, ruleCounts: plan.ruleCounts, tables: plan.tables.length, values: plan.values.length },
    gate,
    verification,
    summary,
  };
  if (!plan.passed || !verification?.passed) return outcome;

  outcome.releaseId = await writeRelease(
    db.prisma,
    {
      gemeenteCode: options.gemeenteCode,
      divisionYear: options.divisionYear,
      years: register.years,
      isDemo: options.isDemo,
      parameters,
      ruleCounts: plan.ruleCounts,
      audit: { gate, verification: { ...verification, failures: [] } },
      inputFingerprint: inputFingerprint(options.salt, input.content),
    },
    plan.values,
    options.progress?.("write"),
  );
  return outcome;
}
