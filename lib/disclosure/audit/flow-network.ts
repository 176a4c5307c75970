import { type HierarchicalTable, cellCount, cellIndex } from "../hierarchical-table.ts";

/**
 * A hierarchical table as a circulation network: every cell is exactly one edge, and
 * conservation at every node is exactly the table's group equations. Edges are numbered
 * like cells, so edge e carries cell e; with categoryCount 0 the edges after the cells are
 * copies that carry each area's total back up (see below). Cells of a child area have higher
 * numbers than its parent's, which the residual graph uses to search locally first.
 *
 * Nodes, for categoryCount C ≥ 1:
 *   S; per non-leaf area a: N(a,1..C) and U(a); per leaf area l: B(l).
 *   (root, 0): U(root) → S          (root, c): S → N(root, c)
 *   non-leaf a under q: (a, c): N(q,c) → N(a,c);   (a, 0): U(a) → U(q)
 *   leaf l under q:     (l, c): N(q,c) → B(l);     (l, 0): B(l) → U(q)
 * so N(a,c) says parent = Σ children per category, U(a) says it for totals, B(l) says
 * leaf total = Σ categories and S says it for the root. The same equation for a non-leaf
 * area below the root follows from these (both sides are sums over the same leaves), which
 * is why the network needs no node for it. A root that is itself a leaf uses S and B(root).
 *
 * For C = 0 (totals only) the flow goes down a tree of N nodes and back up a copy of it:
 *   S; per area a: N(a); per non-leaf area a: U(a) (a leaf's N(l) doubles as its U(l)).
 *   (a, 0): N(parent) → N(a), S → N(root) for a root
 *   copy of (a, 0): U(a) → U(parent), U(root) → S for a root
 * N(a) says parent = Σ children. A copy carries the sum of the leaves below its area, which
 * equals the cell, so the copies add no constraint; they exist so that a buurt can trade
 * with its siblings through U(wijk) instead of through one node joined to every leaf (the
 * leaf → S return edges of the textbook construction), which would make every search visit
 * all leaves of the table.
 *
 * Areas with parent -1 are roots; several roots just share S, since each root's own total
 * equation is implied as above.
 */
export interface FlowNetwork {
  nodeCount: number;
  /** Number of edges: the cells, then the copies of the cells (categoryCount 0 only). */
  edgeCount: number;
  tail: Int32Array;
  head: Int32Array;
  /** The cell whose value each edge carries: e itself for cells, the copied cell for copies. */
  mirror: Int32Array;
}

export function checkTable(table: HierarchicalTable, engine: string): void {
  if (!Number.isInteger(table.categoryCount) || table.categoryCount < 0) {
    throw new Error(`${engine}: categoryCount must be a non-negative integer`);
  }
  table.areaParents.forEach((parent, area) => {
    if (!Number.isInteger(parent) || parent < -1 || parent >= area) {
      throw new Error(`${engine}: area ${area} must have parent -1 or an earlier area`);
    }
  });
}

export function buildFlowNetwork(table: HierarchicalTable, children: readonly (readonly number[])[]): FlowNetwork {
  const parents = table.areaParents;
  const areas = parents.length;
  const categories = table.categoryCount;
  const cells = cellCount(table);
  const source = 0;

  if (categories === 0) {
    // Down node N(a) = 1 + a for every area, then an up node U(a) for every non-leaf area.
    const up = new Int32Array(areas);
    let nodeCount = 1 + areas;
    for (let area = 0; area < areas; area++) {
      up[area] = children[area]!.length > 0 ? nodeCount++ : 1 + area;
    }
    const tail = new Int32Array(2 * cells);
    const head = new Int32Array(2 * cells);
    const mirror = new Int32Array(2 * cells);
    for (let area = 0; area < areas; area++) {
      const parent = parents[area]!;
      tail[area] = parent < 0 ? source : 1 + parent;
      head[area] = 1 + area;
      mirror[area] = area;
      const copy = cells + area;
      tail[copy] = up[area]!;
      head[copy] = parent < 0 ? source : up[parent]!;
      mirror[copy] = area;
    }
    return { nodeCount, edgeCount: 2 * cells, tail, head, mirror };
  }

  // First node of each area: N(a,1..C) then U(a) for a non-leaf area, B(a) for a leaf.
  const first = new Int32Array(areas);
  let nodeCount = 1;
  for (let area = 0; area < areas; area++) {
    first[area] = nodeCount;
    nodeCount += children[area]!.length > 0 ? categories + 1 : 1;
  }
  const isLeaf = (area: number) => children[area]!.length === 0;
  const categoryNode = (area: number, category: number) => first[area]! + category - 1;
  const totalNode = (area: number) => first[area]! + (isLeaf(area) ? 0 : categories);

  const tail = new Int32Array(cells);
  const head = new Int32Array(cells);
  const mirror = new Int32Array(cells);
  for (let area = 0; area < areas; area++) {
    const parent = parents[area]!;
    const leaf = isLeaf(area);
    const total = cellIndex(table, area, 0);
    tail[total] = totalNode(area);
    head[total] = parent < 0 ? source : totalNode(parent);
    mirror[total] = total;
    for (let category = 1; category <= categories; category++) {
      const cell = cellIndex(table, area, category);
      tail[cell] = parent < 0 ? source : categoryNode(parent, category);
      head[cell] = leaf ? first[area]! : categoryNode(area, category);
      mirror[cell] = cell;
    }
  }
  return { nodeCount, edgeCount: cells, tail, head, mirror };
}
