import type { AdditiveGroup } from "../hierarchical-table.ts";

/**
 * Connected components of the cells that are not fixed, linked through the groups they
 * share. A fixed cell is a constant in every equation, so it links nothing: one published
 * exact figure splits the system, and each part can be solved as its own small LP.
 */
export interface CellComponents {
  /** Component of each cell; -1 for a fixed cell. */
  componentOf: Int32Array;
  /** Cells of each component, ascending. */
  cells: number[][];
  /** Groups with at least one free cell, by the component those cells belong to. */
  groups: number[][];
}

export function splitComponents(groups: readonly AdditiveGroup[], free: Uint8Array): CellComponents {
  const parent = new Int32Array(free.length);
  for (let cell = 0; cell < free.length; cell++) parent[cell] = cell;
  const find = (cell: number): number => {
    let root = cell;
    while (parent[root] !== root) {
      parent[root] = parent[parent[root]!]!;
      root = parent[root]!;
    }
    return root;
  };
  const anchorOf = (group: AdditiveGroup): number => {
    if (free[group.total]) return group.total;
    for (const part of group.parts) if (free[part]) return part;
    return -1;
  };

  for (const group of groups) {
    const anchor = anchorOf(group);
    if (anchor < 0) continue;
    const root = find(anchor);
    const join = (cell: number) => {
      if (free[cell]) parent[find(cell)] = root;
    };
    join(group.total);
    group.parts.forEach(join);
  }

  const componentOf = new Int32Array(free.length).fill(-1);
  const idOfRoot = new Int32Array(free.length).fill(-1);
  const cells: number[][] = [];
  for (let cell = 0; cell < free.length; cell++) {
    if (!free[cell]) continue;
    const root = find(cell);
    if (idOfRoot[root]! < 0) {
      idOfRoot[root] = cells.length;
      cells.push([]);
    }
    componentOf[cell] = idOfRoot[root]!;
    cells[idOfRoot[root]!]!.push(cell);
  }
  const groupLists: number[][] = cells.map(() => []);
  groups.forEach((group, index) => {
    const anchor = anchorOf(group);
    if (anchor >= 0) groupLists[componentOf[anchor]!]!.push(index);
  });
  return { componentOf, cells, groups: groupLists };
}
