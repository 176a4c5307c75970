import { type AdditiveGroup, type HierarchicalTable, cellIndex } from "../hierarchical-table.ts";

/**
 * Whether `groups` is exactly `additiveGroups(table)`, element by element and in its order.
 * The flow engine encodes those relations in the shape of its network and never reads the
 * groups, so a caller who added a relation (a linked table, a CBS figure) must be told to use
 * the LP engine instead of silently getting intervals that ignore it. Walks the expected
 * groups without building them: this runs once per table in national batches.
 */
export function isTableGroups(
  table: HierarchicalTable,
  children: readonly (readonly number[])[],
  groups: readonly AdditiveGroup[],
): boolean {
  const categories = table.categoryCount + 1;
  let next = 0;
  for (let area = 0; area < children.length; area++) {
    const kids = children[area]!;
    if (kids.length === 0) continue;
    for (let category = 0; category < categories; category++) {
      const group = groups[next++];
      if (group === undefined || group.total !== cellIndex(table, area, category)) return false;
      if (group.parts.length !== kids.length) return false;
      for (let k = 0; k < kids.length; k++) {
        if (group.parts[k] !== cellIndex(table, kids[k]!, category)) return false;
      }
    }
  }
  if (table.categoryCount > 0) {
    for (let area = 0; area < children.length; area++) {
      const group = groups[next++];
      if (group === undefined || group.total !== cellIndex(table, area, 0)) return false;
      if (group.parts.length !== table.categoryCount) return false;
      for (let category = 1; category < categories; category++) {
        if (group.parts[category - 1] !== cellIndex(table, area, category)) return false;
      }
    }
  }
  return next === groups.length;
}
