import type { Bounds } from "../disclosure/audit/audit-problem.ts";
import type { Database } from "../db/open-database.ts";
import { getCatalogue } from "../indicators/get-catalogue.ts";
import { TOTAL_CATEGORY } from "../indicators/catalogue-schema.ts";
import { baseIntervals, baseKey } from "./base-intervals.ts";
import { loadDivision, loadPlanBases } from "./publish-release.ts";
import { layoutCells, releaseTableLayout } from "./release-table-layout.ts";
import { registerKey } from "./import/register-data.ts";
import type { AuditableTable } from "./verify-release.ts";

export interface StoredRelease {
  id: number;
  gemeenteCode: string;
  divisionYear: number;
  parameters: unknown;
  inputFingerprint: string;
  isDemo: boolean;
}

/**
 * Rebuilds the published tables of a release from the database alone: which cells are
 * hidden, the rounded counts and bases, and what a published parent of a linked indicator
 * tells about its subset. Exactly what the site serves, nothing more.
 */
export async function loadReleaseTables(db: Database, release: StoredRelease): Promise<AuditableTable[]> {
  const [division, catalogue, bases, values] = await Promise.all([
    loadDivision(db, release.gemeenteCode, release.divisionYear),
    getCatalogue(db.prisma),
    loadPlanBases(db),
    db.prisma.publishedValue.findMany({
      where: { releaseId: release.id },
      select: { indicatorCode: true, year: true, areaCode: true, category: true, status: true, count: true, base: true },
    }),
  ]);
  const byKey = new Map(values.map((value) => [registerKey(value.indicatorCode, value.year, value.areaCode, value.category), value]));
  const tables = new Map<string, { indicator: string; year: number; areas: Set<string>; categories: Set<string> }>();
  for (const value of values) {
    const key = `${value.indicatorCode}|${value.year}`;
    const table = tables.get(key) ?? { indicator: value.indicatorCode, year: value.year, areas: new Set(), categories: new Set() };
    table.areas.add(value.areaCode);
    if (value.category !== TOTAL_CATEGORY) table.categories.add(value.category);
    tables.set(key, table);
  }
  const subsetOf = new Map(catalogue.indicators.map((indicator) => [indicator.code, indicator.subsetOf]));
  const baseOf = new Map(catalogue.indicators.map((indicator) => [indicator.code, indicator.baseCode]));
  const levelOf = new Map(division.map((area) => [area.code, area.level]));
  const roundingBase = (release.parameters as { roundingBase?: number }).roundingBase ?? 5;

  // Every published base figure, once: the attacker's best caps come from all of them together.
  const publishedBases = new Map<string, number>();
  for (const value of values) {
    const base = baseOf.get(value.indicatorCode);
    if (base && value.base !== null) publishedBases.set(baseKey(base, value.year, value.areaCode, value.category), value.base);
  }
  const years = [...new Set(values.map((value) => value.year))];
  const baseKnowledge = baseIntervals(division, bases, years, publishedBases, roundingBase);

  return [...tables.values()].map(({ indicator, year, areas, categories }) => {
    const levels = [...new Set([...areas].map((code) => levelOf.get(code)!))];
    const layout = releaseTableLayout(division, levels, [...categories].sort());
    const cells = layoutCells(layout);
    const stored = cells.map(({ area, category }) => byKey.get(registerKey(indicator, year, area, category)));
    const knowledge: (Bounds | undefined)[] = cells.map(({ area, category }) => {
      let upper = Number.POSITIVE_INFINITY;
      for (const parent of subsetOf.get(indicator) ?? []) {
        const value = byKey.get(registerKey(parent, year, area, category));
        if (value?.status === "PUBLISHED" && value.count !== null) upper = Math.min(upper, value.count + roundingBase - 1);
      }
      return Number.isFinite(upper) ? { lower: 0, upper } : undefined;
    });
    const base = baseOf.get(indicator);
    return {
      indicatorCode: indicator,
      year,
      layout,
      caps: cells.map(({ area, category }) =>
        base ? (baseKnowledge.get(baseKey(base, year, area, category))?.upper ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY,
      ),
      hidden: stored.map((value) => value?.status === "SUPPRESSED"),
      published: stored.map((value) => (value?.status === "PUBLISHED" ? value.count : null)),
      publishedBases: stored.map((value) => value?.base ?? 0),
      knowledge,
    };
  });
}
