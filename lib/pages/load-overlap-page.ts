import "server-only";
import type { ReleasedCell } from "../figures/format-indicator-cell.ts";
import { type BivariateAxis, type BivariateCellClass, bivariateAxis, bivariateClassOf, type Level, levelOf } from "../maps/bivariate-classes.ts";
import { defaultOverlapPair } from "../maps/default-overlap-pair.ts";
import { type GridBuurt, type GridIndicator, gridCell, gridRates, loadReleaseGrid, type ReleaseGrid } from "./load-release-grid.ts";

export interface OverlapBuurt extends GridBuurt {
  first: ReleasedCell & { level?: Level };
  second: ReleasedCell & { level?: Level };
  mapClass: BivariateCellClass;
}

export interface OverlapPageData {
  grid: ReleaseGrid;
  first: GridIndicator;
  second: GridIndicator;
  axes: [BivariateAxis, BivariateAxis];
  buurten: OverlapBuurt[];
}

export type OverlapPageResult = { kind: "overlap"; data: OverlapPageData } | { kind: "no-release" } | { kind: "unknown-choice" };

/** Two indicators of one year on every buurt, each cut in three, and the buurt's cell of the 3 × 3 grid. */
export async function loadOverlapPage(choice: { first?: string; second?: string; year?: number }): Promise<OverlapPageResult> {
  const result = await loadReleaseGrid(choice.year);
  if (result.kind === "unknown-year") return { kind: "unknown-choice" };
  if (result.kind !== "grid") return result;
  const { grid } = result;
  const fallback = defaultOverlapPair(grid.indicators);
  const find = (code: string | undefined, otherwise: GridIndicator | undefined) =>
    code === undefined ? otherwise : grid.indicators.find((indicator) => indicator.code === code);
  let first = find(choice.first, fallback?.[0]);
  let second = find(choice.second, fallback?.[1]);
  // One indicator chosen and the default partner is that same one: take the other default.
  if (first && second && first.code === second.code && fallback) {
    if (choice.first === undefined) first = fallback.find((indicator) => indicator.code !== second!.code);
    else second = fallback.find((indicator) => indicator.code !== first!.code);
  }
  if (!first || !second || first.code === second.code) return { kind: "unknown-choice" };

  const axes: [BivariateAxis, BivariateAxis] = [bivariateAxis(gridRates(grid, first.code)), bivariateAxis(gridRates(grid, second.code))];
  const withLevel = (cell: ReleasedCell, axis: BivariateAxis) =>
    cell.status === "PUBLISHED" && cell.rate !== null ? { ...cell, level: levelOf(cell.rate, axis) } : cell;
  const buurten = grid.buurten.map((buurt) => {
    const firstCell = gridCell(grid, first.code, buurt.code);
    const secondCell = gridCell(grid, second.code, buurt.code);
    return {
      ...buurt,
      first: withLevel(firstCell, axes[0]),
      second: withLevel(secondCell, axes[1]),
      mapClass: bivariateClassOf(firstCell, secondCell, axes),
    };
  });
  return { kind: "overlap", data: { grid, first, second, axes, buurten } };
}
