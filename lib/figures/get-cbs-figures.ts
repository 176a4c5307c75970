import type { FigureStatus, PrismaClient } from "../db/generated/client.ts";
import { CBS_SOURCE } from "./write-cbs-figures.ts";

export interface FigureCell {
  value: number | null;
  status: FigureStatus;
}

export interface FigureRow {
  key: string;
  title: string;
  topicGroup: string | null;
  unit: string | null;
  decimals: number;
  /** By area code; an area without a row for this figure has no entry. */
  cells: Record<string, FigureCell>;
}

export interface CbsFigureTable {
  tableId: string;
  year: number;
  importedAt: Date | null;
  rows: FigureRow[];
}

/**
 * The newest imported CBS table's figures for the given areas, in CBS's order. Only
 * figures that exist for at least one of the areas are returned.
 */
export async function getCbsFigures(prisma: PrismaClient, areaCodes: string[]): Promise<CbsFigureTable | null> {
  const newest = await prisma.figure.findFirst({
    where: { source: CBS_SOURCE, areaCode: { in: areaCodes } },
    orderBy: [{ year: "desc" }, { tableId: "desc" }],
    select: { tableId: true, year: true },
  });
  if (!newest) return null;
  const [definitions, figures, log] = await Promise.all([
    prisma.figureDefinition.findMany({
      where: { source: CBS_SOURCE, tableId: newest.tableId },
      orderBy: { position: "asc" },
    }),
    prisma.figure.findMany({
      where: { source: CBS_SOURCE, tableId: newest.tableId, areaCode: { in: areaCodes } },
      select: { key: true, areaCode: true, value: true, status: true },
    }),
    prisma.importLog.findFirst({
      where: { kind: "cbs-figures", summary: { path: ["tableId"], equals: newest.tableId } },
      orderBy: { importedAt: "desc" },
      select: { importedAt: true },
    }),
  ]);
  const cellsByKey = new Map<string, Record<string, FigureCell>>();
  for (const figure of figures) {
    const cells = cellsByKey.get(figure.key) ?? {};
    cells[figure.areaCode] = { value: figure.value, status: figure.status };
    cellsByKey.set(figure.key, cells);
  }
  const rows = definitions
    .filter((definition) => cellsByKey.has(definition.key))
    .map((definition) => ({
      key: definition.key,
      title: definition.title,
      topicGroup: definition.topicGroup,
      unit: definition.unit,
      decimals: definition.decimals,
      cells: cellsByKey.get(definition.key)!,
    }));
  return { tableId: newest.tableId, year: newest.year, importedAt: log?.importedAt ?? null, rows };
}
