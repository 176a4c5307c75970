import type { Bounds } from "../disclosure/audit/audit-problem.ts";
import { roundedInterval } from "../disclosure/rounding.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { cbsFieldBase } from "../figures/cbs-label-keys.ts";
import { TOTAL_CATEGORY } from "../indicators/catalogue-schema.ts";
import { type RegisterData, registerKey } from "./import/register-data.ts";

/** CBS rounds its care and benefit counts to fives as well. */
const CBS_ROUNDING_BASE = 5;

/**
 * What an attacker already knows about cells of this release from elsewhere: CBS figures
 * for the same population (an indicator's cbsKey) and what the current release published
 * for the same indicator and year. Only knowledge that fits the true count is kept: a
 * figure that does not is about another population or an older state, and constrains
 * nothing. The audit intersects these intervals with what the new release publishes, so a
 * revision that would hide a cell the previous release showed fails the gate.
 */
/**
 * Everything CBS published about the same populations as our indicators (by cbsKey), as
 * the interval its rounding leaves: knowledge anyone has, whether or not it fits our data.
 */
export async function cbsKnowledge(
  prisma: PrismaClient,
  years: number[],
  indicators: { code: string; cbsKey: string | null }[],
): Promise<Map<string, Bounds>> {
  const knowledge = new Map<string, Bounds>();
  const withCbs = indicators.filter((indicator) => indicator.cbsKey);
  if (withCbs.length === 0) return knowledge;
  const figures = await prisma.figure.findMany({
    where: { source: "CBS", status: "PUBLISHED", year: { in: years } },
    select: { key: true, year: true, areaCode: true, value: true },
  });
  for (const figure of figures) {
    if (figure.value === null) continue;
    for (const indicator of withCbs) {
      if (cbsFieldBase(figure.key) === indicator.cbsKey) {
        knowledge.set(registerKey(indicator.code, figure.year, figure.areaCode, TOTAL_CATEGORY), roundedInterval(figure.value, CBS_ROUNDING_BASE));
      }
    }
  }
  return knowledge;
}

export async function outsideKnowledge(
  prisma: PrismaClient,
  register: RegisterData,
  indicators: { code: string; cbsKey: string | null }[],
): Promise<Map<string, Bounds>> {
  const knowledge = new Map<string, Bounds>();
  const add = (key: string, bounds: Bounds) => {
    const cell = register.cells.get(key);
    if (!cell || cell.count < bounds.lower || cell.count > bounds.upper) return;
    const known = knowledge.get(key);
    knowledge.set(key, known ? { lower: Math.max(known.lower, bounds.lower), upper: Math.min(known.upper, bounds.upper) } : bounds);
  };

  for (const [key, bounds] of await cbsKnowledge(prisma, register.years, indicators)) add(key, bounds);

  // A demo release describes invented buurten: a new demo data set is not a revision of it.
  const current = await prisma.release.findFirst({ where: { status: "CURRENT" }, select: { id: true, parameters: true, isDemo: true } });
  if (current && !current.isDemo) {
    const roundingBase = (current.parameters as { roundingBase?: number }).roundingBase ?? CBS_ROUNDING_BASE;
    const earlier = await prisma.publishedValue.findMany({
      where: { releaseId: current.id, status: "PUBLISHED", year: { in: register.years } },
      select: { indicatorCode: true, year: true, areaCode: true, category: true, count: true },
    });
    for (const value of earlier) {
      if (value.count === null) continue;
      add(registerKey(value.indicatorCode, value.year, value.areaCode, value.category), roundedInterval(value.count, roundingBase));
    }
  }
  return knowledge;
}

/** Cells the current release hid: the next release prefers them as complements. */
export async function previouslyHiddenCells(prisma: PrismaClient): Promise<Set<string>> {
  const current = await prisma.release.findFirst({ where: { status: "CURRENT" }, select: { id: true } });
  if (!current) return new Set();
  const hidden = await prisma.publishedValue.findMany({
    where: { releaseId: current.id, status: "SUPPRESSED" },
    select: { indicatorCode: true, year: true, areaCode: true, category: true },
  });
  return new Set(hidden.map((value) => registerKey(value.indicatorCode, value.year, value.areaCode, value.category)));
}
