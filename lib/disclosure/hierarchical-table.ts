// The shape of every table Buurtbeeld protects: a tree of areas (gemeente ⊃ wijk ⊃ buurt,
// any depth) crossed with a flat set of categories (e.g. four age bands) plus their total.
// Pure TypeScript: no Next, no Prisma, so the disclosure core can be audited on its own.

export interface HierarchicalTable {
  /** Parent index of each area, -1 for the root. Parents come before their children. */
  areaParents: number[];
  /** Number of categories besides the total; 0 means the table has totals only. */
  categoryCount: number;
}

/** Cell index of (area, category); category 0 is the total over the categories. */
export function cellIndex(table: HierarchicalTable, area: number, category: number): number {
  return area * (table.categoryCount + 1) + category;
}

export function cellCount(table: HierarchicalTable): number {
  return table.areaParents.length * (table.categoryCount + 1);
}

/** One additive relation: the total cell equals the sum of the part cells. */
export interface AdditiveGroup {
  total: number;
  parts: number[];
}

export function childrenOf(table: HierarchicalTable): number[][] {
  const children: number[][] = table.areaParents.map(() => []);
  table.areaParents.forEach((parent, area) => {
    if (parent >= 0) children[parent]!.push(area);
  });
  return children;
}

/**
 * Every additive relation of the table: for each area with children and each category
 * (total included), parent = Σ children; for each area, total = Σ categories.
 */
export function additiveGroups(table: HierarchicalTable): AdditiveGroup[] {
  const groups: AdditiveGroup[] = [];
  const children = childrenOf(table);
  const categories = table.categoryCount + 1;
  children.forEach((kids, area) => {
    if (kids.length === 0) return;
    for (let category = 0; category < categories; category++) {
      groups.push({
        total: cellIndex(table, area, category),
        parts: kids.map((child) => cellIndex(table, child, category)),
      });
    }
  });
  if (table.categoryCount > 0) {
    table.areaParents.forEach((_, area) => {
      groups.push({
        total: cellIndex(table, area, 0),
        parts: Array.from({ length: table.categoryCount }, (_, c) => cellIndex(table, area, c + 1)),
      });
    });
  }
  return groups;
}
