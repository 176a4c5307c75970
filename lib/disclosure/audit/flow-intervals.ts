import type { Highs } from "highs";
import { type HierarchicalTable, cellCount, childrenOf } from "../hierarchical-table.ts";
import type { AuditIntervals, AuditProblem, Bounds } from "./audit-problem.ts";
import { type FlowNetwork, buildFlowNetwork, checkTable } from "./flow-network.ts";
import { lpIntervals } from "./lp-intervals.ts";
import { checkCellIndices, infeasibleError, readBounds } from "./read-bounds.ts";
import { ResidualGraph } from "./residual-graph.ts";
import { isTableGroups } from "./table-groups.ts";

const ENGINE = "flowIntervals";

export interface FlowIntervalOptions {
  /**
   * A feasible value for every cell (the true values, which the publisher knows). Saves the
   * feasibility max-flow and is the point `reach` is measured from. Checked, not trusted.
   */
  feasible?: readonly number[];
  /**
   * Look for each cell bound only up to `reach` units away from the feasible point: a bound
   * that lies farther is reported as value ± reach. The interval is then a subset of the exact
   * one, which is safe for proving protection, and with the true values as feasible point and
   * reach = p the gate's tests (U − L ≥ 1, U ≥ n + p, L ≤ max(0, n − p)) come out exactly as
   * on the exact interval. Each bound then costs at most `reach` augmenting paths, which is
   * what makes national batches cheap. Without `feasible`, the point is whatever circulation
   * the engine found first. Default: unlimited (exact).
   */
  reach?: number;
  /**
   * The same for sums, measured from the sum of the feasible point; defaults to `reach`. The
   * gate asks a virtual cell for U ≥ T, so use sumReach ≥ T (10), not p. Sums that go to the
   * LP engine (see `highs`) are always exact.
   */
  sumReach?: number;
  /**
   * Solves the sums that are not a flow through the edges at one node (e.g. some categories
   * of a wijk, or cells from several groups) with the LP engine. Without it such a sum throws.
   */
  highs?: Highs;
  /**
   * What the gate asks of a virtual sum: can it reach this value (T)? A sum that would go to
   * the LP engine is settled without it when one of its parts alone can reach the goal
   * (within `sumReach` of `feasible`): counts are never negative, so the sum can too. Its
   * interval is then [feasible sum, max(feasible sum, that part's upper)], an inner interval
   * that answers the gate's question and no other. Needs `feasible`.
   */
  sumGoal?: number;
}

/**
 * The tightest interval of every target cell and sum, exactly, by max-flow. Valid only for
 * the table's own relations: `problem.groups` must be `additiveGroups(table)` (checked, in
 * that order); the network encodes them and never reads the groups. Tree × flat categories
 * is totally unimodular, so these integer bounds equal the LP bounds.
 *
 * A cell is edge e = (u → v) of a circulation f. It can rise by the most flow that can go
 * from v back to u without e, capped by upper − f_e, and fall by the most that can go from u
 * to v, capped by f_e − lower.
 */
export function flowIntervals(
  table: HierarchicalTable,
  problem: AuditProblem,
  options: FlowIntervalOptions = {},
): AuditIntervals {
  checkTable(table, ENGINE);
  const cells = cellCount(table);
  const children = childrenOf(table);
  if (!isTableGroups(table, children, problem.groups)) {
    throw new Error(
      `${ENGINE}: problem.groups must be additiveGroups(table); use lpIntervals for other relations`,
    );
  }
  checkCellIndices(problem.targets, cells, "a target", ENGINE);
  problem.sums.forEach((sum, index) => checkCellIndices(sum, cells, `sum ${index}`, ENGINE));
  const reach = readReach(options.reach ?? Number.POSITIVE_INFINITY, "reach");
  const sumReach = readReach(options.sumReach ?? reach, "sumReach");

  const bounds = readBounds(problem.bounds, cells, ENGINE);
  const network = buildFlowNetwork(table, children);
  const lower = new Float64Array(network.edgeCount);
  const upper = new Float64Array(network.edgeCount);
  for (let e = 0; e < network.edgeCount; e++) {
    lower[e] = bounds.lower[network.mirror[e]!]!;
    upper[e] = bounds.upper[network.mirror[e]!]!;
  }
  const graph = new ResidualGraph(network.nodeCount, network.tail, network.head);
  if (options.feasible) startAt(graph, network, lower, upper, options.feasible, cells);
  else findCirculation(graph, network, lower, upper);

  const ranges = new EdgeRanges(graph, network, lower, reach, sumReach);
  const cellIntervals = problem.targets.map((cell) => ranges.edge(cell));
  const sumIntervals: (Bounds | undefined)[] = problem.sums.map((sum) => ranges.sum(sum));

  let unsolved = sumIntervals.flatMap((interval, index) => (interval ? [] : [index]));
  const goal = options.sumGoal;
  if (unsolved.length > 0 && goal !== undefined && options.feasible) {
    unsolved = unsolved.filter((index) => {
      const sum = problem.sums[index]!;
      const value = sum.reduce((total, cell) => total + ranges.flow(cell), 0);
      const best = Math.max(...sum.map((cell) => ranges.edge(cell, sumReach).upper));
      if (best < goal) return true;
      sumIntervals[index] = { lower: value, upper: Math.max(value, best) };
      return false;
    });
  }
  if (unsolved.length > 0) {
    if (!options.highs) {
      throw new Error(
        `${ENGINE}: sum ${unsolved[0]} is not a flow through the edges at one node; pass options.highs to solve it by LP`,
      );
    }
    const solved = lpIntervals(
      { ...problem, targets: [], sums: unsolved.map((index) => problem.sums[index]!) },
      options.highs,
    ).sums;
    unsolved.forEach((index, k) => (sumIntervals[index] = solved[k]));
  }
  return { cells: cellIntervals, sums: sumIntervals as Bounds[] };
}

function readReach(reach: number, name: string): number {
  if (!(reach >= 0) || (Number.isFinite(reach) && !Number.isInteger(reach))) {
    throw new Error(`${ENGINE}: ${name} must be a non-negative integer`);
  }
  return reach;
}

function startAt(
  graph: ResidualGraph,
  network: FlowNetwork,
  lower: Float64Array,
  upper: Float64Array,
  feasible: readonly number[],
  cells: number,
): void {
  const wrong = () => new Error(`${ENGINE}: options.feasible is not a feasible point of the bounds and groups`);
  if (feasible.length !== cells) throw wrong();
  const balance = new Float64Array(network.nodeCount);
  for (let e = 0; e < network.edgeCount; e++) {
    const flow = feasible[network.mirror[e]!];
    if (flow === undefined || !Number.isSafeInteger(flow) || flow < lower[e]! || flow > upper[e]!) throw wrong();
    balance[network.tail[e]!]! -= flow;
    balance[network.head[e]!]! += flow;
    graph.initEdge(e, upper[e]! - flow, flow - lower[e]!);
  }
  for (let v = 0; v < network.nodeCount; v++) if (balance[v] !== 0) throw wrong();
}

/**
 * Lower-bound reduction: start every edge at its lower bound and let one max-flow from a
 * super source (feeding each node's surplus) to a super sink (draining each deficit) repair
 * conservation. Bounds are feasible exactly when it moves all of the surplus.
 */
function findCirculation(graph: ResidualGraph, network: FlowNetwork, lower: Float64Array, upper: Float64Array): void {
  const surplus = new Float64Array(network.nodeCount);
  for (let e = 0; e < network.edgeCount; e++) {
    graph.initEdge(e, upper[e]! - lower[e]!, 0);
    surplus[network.head[e]!]! += lower[e]!;
    surplus[network.tail[e]!]! -= lower[e]!;
  }
  graph.begin();
  let needed = 0;
  for (let v = 0; v < network.nodeCount; v++) {
    const s = surplus[v]!;
    if (s > 0) {
      graph.feedFromSource(v, s);
      needed += s;
    } else if (s < 0) {
      graph.drainToSink(v, -s);
    }
  }
  const moved = graph.maxFlow(graph.source, graph.sink, needed);
  if (moved < needed) throw infeasibleError(ENGINE);
  graph.commit();
}

/** Range queries against one fixed circulation; every query leaves the graph as it found it. */
class EdgeRanges {
  private readonly seen: Int32Array;
  private seenMark = 0;
  private readonly room: Float64Array;
  private readonly back: Float64Array;

  constructor(
    private readonly graph: ResidualGraph,
    private readonly network: FlowNetwork,
    private readonly lower: Float64Array,
    private readonly reach: number,
    private readonly sumReach: number,
  ) {
    this.seen = new Int32Array(network.edgeCount);
    this.room = new Float64Array(network.edgeCount);
    this.back = new Float64Array(network.edgeCount);
  }

  flow(e: number): number {
    return this.lower[e]! + this.graph.residual[2 * e + 1]!;
  }

  edge(e: number, reach = this.reach): Bounds {
    const graph = this.graph;
    const up = graph.residual[2 * e]!;
    const down = graph.residual[2 * e + 1]!;
    const flow = this.lower[e]! + down;
    const tail = this.network.tail[e]!;
    const head = this.network.head[e]!;
    let rise = 0;
    let fall = 0;
    if (up > 0) {
      graph.begin();
      graph.closeEdge(e);
      rise = graph.maxFlow(head, tail, Math.min(up, reach));
      graph.revert();
    }
    if (down > 0) {
      graph.begin();
      graph.closeEdge(e);
      fall = graph.maxFlow(tail, head, Math.min(down, reach));
      graph.revert();
    }
    return { lower: flow - fall, upper: flow + rise };
  }

  /**
   * A sum over edges that all leave one node w (or all enter it) is the flow through a split
   * of w: one half keeps those edges, the other the rest. Its rise is a max-flow between the
   * halves, done here by closing the edges and feeding their far ends from the super source
   * (or draining them to the super sink) with each edge's own slack. Returns undefined when
   * the set has no such node.
   */
  sum(cells: readonly number[]): Bounds | undefined {
    if (cells.length === 0) return { lower: 0, upper: 0 };
    if (cells.length === 1) return this.edge(cells[0]!, this.sumReach);
    const w = this.commonNode(cells);
    if (w === undefined) return undefined;
    const { graph, network, room, back } = this;
    const leaving = network.tail[cells[0]!] === w;
    let flow = 0;
    for (const e of cells) {
      room[e] = graph.residual[2 * e]!;
      back[e] = graph.residual[2 * e + 1]!;
      flow += this.lower[e]! + back[e]!;
    }
    // Raising edges that leave w means flow returning from their far ends to w; raising
    // edges that enter w means flow from w to their far ends. Lowering is the opposite.
    const rise = this.splitFlow(cells, w, leaving, room);
    const fall = this.splitFlow(cells, w, !leaving, back);
    return { lower: flow - fall, upper: flow + rise };
  }

  /**
   * Max-flow between w and the far ends of the closed edges, each far end limited by its
   * edge's slack: from the far ends to w when `toW`, else from w to the far ends.
   */
  private splitFlow(cells: readonly number[], w: number, toW: boolean, slack: Float64Array): number {
    const { graph, network } = this;
    graph.begin();
    for (const e of cells) graph.closeEdge(e);
    for (const e of cells) {
      const far = network.tail[e] === w ? network.head[e]! : network.tail[e]!;
      if (slack[e]! <= 0) continue;
      if (toW) graph.feedFromSource(far, slack[e]!);
      else graph.drainToSink(far, slack[e]!);
    }
    const pushed = toW
      ? graph.maxFlow(graph.source, w, this.sumReach)
      : graph.maxFlow(w, graph.sink, this.sumReach);
    graph.revert();
    return pushed;
  }

  private commonNode(cells: readonly number[]): number | undefined {
    const { tail, head } = this.network;
    this.seenMark++;
    for (const e of cells) {
      if (this.seen[e] === this.seenMark) return undefined;
      this.seen[e] = this.seenMark;
    }
    const first = cells[0]!;
    if (cells.every((e) => tail[e] === tail[first])) return tail[first];
    if (cells.every((e) => head[e] === head[first])) return head[first];
    return undefined;
  }
}
