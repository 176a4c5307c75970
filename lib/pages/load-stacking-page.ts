import "server-only";
import { type StackedBuurt, stackedIndicators, stackProblems } from "../figures/stack-problems.ts";
import { type MapCellClass, type MapClass, mapClasses } from "../maps/map-classes.ts";
import { type GridBuurt, type GridIndicator, loadReleaseGrid, type ReleaseGrid } from "./load-release-grid.ts";

export interface StackingBuurt extends GridBuurt, StackedBuurt {
  mapClass: MapCellClass;
}

export interface StackingPageData {
  grid: ReleaseGrid;
  /** The needs counted, in catalogue order. */
  counted: GridIndicator[];
  buurten: StackingBuurt[];
  classes: MapClass[];
}

export type StackingPageResult = { kind: "stacking"; data: StackingPageData } | { kind: "no-release" } | { kind: "unknown-year" };

/** How many needs pile up per buurt in a year of the current release, with map classes of the counts. */
export async function loadStackingPage(year?: number): Promise<StackingPageResult> {
  const result = await loadReleaseGrid(year);
  if (result.kind !== "grid") return result;
  const { grid } = result;
  const counted = stackedIndicators(grid.indicators);
  const stacked = stackProblems(counted, grid.cells, grid.buurten.map((buurt) => buurt.code));
  const classes = mapClasses(stacked.filter((buurt) => buurt.known > 0).map((buurt) => buurt.inWorstFifth.length));
  const buurten = grid.buurten.map((buurt, index) => {
    const stack = stacked[index]!;
    const mapClass: MapCellClass =
      stack.known > 0
        ? (classes.find((mapClass) => stack.inWorstFifth.length <= mapClass.to)?.index ?? "no-data")
        : stack.suppressed > 0
          ? "suppressed"
          : "no-data";
    return { ...buurt, ...stack, mapClass };
  });
  return { kind: "stacking", data: { grid, counted, buurten, classes } };
}
