import type { HierarchicalTable } from "../disclosure/hierarchical-table.ts";
import { cellIndex } from "../disclosure/hierarchical-table.ts";
import { TOTAL_CATEGORY } from "../indicators/catalogue-schema.ts";

export interface DivisionArea {
  code: string;
  level: "GEMEENTE" | "WIJK" | "BUURT";
  parentCode: string | null;
}

/** Where each cell of one indicator-year table sits: its area and category. */
export interface TableLayout {
  shape: HierarchicalTable;
  areaCodes: string[];
  /** "totaal" first, then the categories in catalogue order. */
  categories: string[];
}

/**
 * The table of one indicator: the division's areas on the indicator's published levels
 * (an area whose parent is not published hangs from its nearest published ancestor),
 * crossed with its categories.
 */
export function releaseTableLayout(division: DivisionArea[], levels: readonly string[], categories: string[]): TableLayout {
  const byCode = new Map(division.map((area) => [area.code, area]));
  const included = division.filter((area) => levels.includes(area.level));
  const index = new Map(included.map((area, i) => [area.code, i]));
  const areaParents = included.map((area) => {
    let parent = area.parentCode ? byCode.get(area.parentCode) : undefined;
    while (parent && !index.has(parent.code)) parent = parent.parentCode ? byCode.get(parent.parentCode) : undefined;
    return parent ? index.get(parent.code)! : -1;
  });
  return {
    shape: { areaParents, categoryCount: categories.length },
    areaCodes: included.map((area) => area.code),
    categories: [TOTAL_CATEGORY, ...categories],
  };
}

export function layoutCells(layout: TableLayout): { area: string; category: string; cell: number }[] {
  return layout.areaCodes.flatMap((area, a) =>
    layout.categories.map((category, c) => ({ area, category, cell: cellIndex(layout.shape, a, c) })),
  );
}
