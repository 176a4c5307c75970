import type { PrismaClient } from "../db/generated/client.ts";
import { cbsFieldBase } from "../figures/cbs-label-keys.ts";

/** Indicators of the current release that count the same group as figures of this CBS table. */
export async function indicatorsTouchedByCbs(prisma: PrismaClient, tableId: string): Promise<string[]> {
  const release = await prisma.release.findFirst({ where: { status: "CURRENT" }, select: { id: true } });
  if (!release) return [];
  const [fields, indicators] = await Promise.all([
    prisma.figure.findMany({ where: { source: "CBS", tableId, status: "PUBLISHED" }, distinct: ["key"], select: { key: true } }),
    prisma.indicator.findMany({ where: { cbsKey: { not: null } }, select: { code: true, cbsKey: true } }),
  ]);
  const keys = new Set(fields.map((field) => cbsFieldBase(field.key)));
  return indicators.filter((indicator) => keys.has(indicator.cbsKey!)).map((indicator) => indicator.code);
}
