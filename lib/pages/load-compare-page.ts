import "server-only";
import { getPrisma } from "../db/get-prisma.ts";
import { type CbsFigureTable, getCbsFigures } from "../figures/get-cbs-figures.ts";
import type { ReleasedCell } from "../figures/format-indicator-cell.ts";
import { worstFifthTest } from "../figures/worst-fifth.ts";
import { getReleasedValues } from "../releases/get-released-values.ts";
import { type GridBuurt, type GridIndicator, gridCell, gridRates, loadReleaseGrid, type ReleaseGrid } from "./load-release-grid.ts";
import { findSimilar, type SimilarBuurten } from "./load-similar-buurten.ts";

export interface CompareRow {
  indicator: GridIndicator;
  /** One cell per chosen buurt, in the order chosen. */
  cells: ReleasedCell[];
  /** Per chosen buurt: among the gemeente's worst fifth. */
  standsOut: boolean[];
  gemeente: ReleasedCell;
}

export interface ComparePageData {
  grid: ReleaseGrid;
  chosen: GridBuurt[];
  themes: { code: string; name: { nl: string; en: string }; rows: CompareRow[] }[];
  figures: CbsFigureTable | null;
  /** Buurten with the population most like the first chosen one. */
  similar: SimilarBuurten | null;
}

export type ComparePageResult = { kind: "compare"; data: ComparePageData } | { kind: "no-release" };

/** The chosen buurten side by side in the newest year of the current release, with the gemeente. */
export async function loadComparePage(codes: readonly string[]): Promise<ComparePageResult> {
  const result = await loadReleaseGrid();
  if (result.kind !== "grid") return { kind: "no-release" };
  const { grid } = result;
  const prisma = await getPrisma();
  const chosen = codes.flatMap((code) => grid.buurten.filter((buurt) => buurt.code === code));
  const [gemeenteValues, figures] = await Promise.all([
    getReleasedValues(prisma, grid.releaseId, [grid.gemeente.code], { year: grid.year }),
    chosen.length > 0 ? getCbsFigures(prisma, [...chosen.map((buurt) => buurt.code), grid.gemeente.code]) : null,
  ]);
  const gemeenteCell = new Map(gemeenteValues.map((value) => [value.indicatorCode, { status: value.status, count: value.count, rate: value.rate }]));
  const rows = grid.indicators.map((indicator) => {
    const isWorst = worstFifthTest(gridRates(grid, indicator.code), indicator.higherIsWorse);
    const cells = chosen.map((buurt) => gridCell(grid, indicator.code, buurt.code));
    return {
      indicator,
      cells,
      // Only needs stand out: a high share of children is not a problem to flag.
      standsOut: cells.map((cell) => indicator.higherIsWorse && cell.status === "PUBLISHED" && cell.rate !== null && isWorst(cell.rate)),
      gemeente: gemeenteCell.get(indicator.code) ?? { status: "NO_DATA" as const, count: null, rate: null },
    };
  });
  const themes = grid.themes
    .map((theme) => ({ ...theme, rows: rows.filter((row) => row.indicator.themeCode === theme.code) }))
    .filter((theme) => theme.rows.length > 0);
  return { kind: "compare", data: { grid, chosen, themes, figures, similar: chosen[0] ? findSimilar(grid, chosen[0]) : null } };
}
