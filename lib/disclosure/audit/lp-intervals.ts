import type { Highs } from "highs";
import type { AdditiveGroup } from "../hierarchical-table.ts";
import type { AuditIntervals, AuditProblem, Bounds } from "./audit-problem.ts";
import { splitComponents } from "./components.ts";
import { checkCellIndices, infeasibleError, readBounds } from "./read-bounds.ts";

export { loadHighs } from "./load-highs.ts";

const ENGINE = "lpIntervals";

export interface LpIntervalOptions {
  /**
   * Declare every cell integer (a MIP per bound). Not needed for tree × flat categories,
   * whose constraint matrix is totally unimodular; it is for linked tables and other systems
   * where the LP bound can be fractional and looser than what an attacker gets from integrality.
   */
  integer?: boolean;
}

/** One objective within one component; its optimum is added to `result`. */
interface Objective {
  cells: number[];
  weights: number[];
  result: Bounds;
}

/**
 * The tightest interval of every target cell and sum under any set of additive groups, by
 * two LPs per target (maximise, minimise) in HiGHS. The system is split into connected
 * components of the cells that are not fixed, so each LP is small; a sum over several
 * components is the sum of its parts' ranges, because components share no constraint.
 * LP optima are rounded inwards to integers, which is what an attacker who knows the values
 * are counts would do (and is exact for totally unimodular systems).
 */
export function lpIntervals(
  problem: AuditProblem,
  highs: Highs,
  options: LpIntervalOptions = {},
): AuditIntervals {
  const cellTotal = problem.bounds.length;
  problem.groups.forEach((group, index) =>
    checkCellIndices([group.total, ...group.parts], cellTotal, `group ${index}`, ENGINE),
  );
  checkCellIndices(problem.targets, cellTotal, "a target", ENGINE);
  problem.sums.forEach((sum, index) => checkCellIndices(sum, cellTotal, `sum ${index}`, ENGINE));
  const { lower, upper } = readBounds(problem.bounds, cellTotal, ENGINE);

  const free = new Uint8Array(cellTotal);
  for (let cell = 0; cell < cellTotal; cell++) free[cell] = lower[cell]! < upper[cell]! ? 1 : 0;
  checkFixedGroups(problem.groups, lower, free);
  const split = splitComponents(problem.groups, free);
  const objectives: Objective[][] = split.cells.map(() => []);

  const cells = problem.targets.map((cell): Bounds => {
    if (!free[cell]) return { lower: lower[cell]!, upper: lower[cell]! };
    const result = { lower: 0, upper: 0 };
    objectives[split.componentOf[cell]!]!.push({ cells: [cell], weights: [1], result });
    return result;
  });
  const sums = problem.sums.map((sum): Bounds => {
    const result = { lower: 0, upper: 0 };
    const parts = new Map<number, Objective>();
    for (const cell of sum) {
      if (!free[cell]) {
        result.lower += lower[cell]!;
        result.upper += lower[cell]!;
        continue;
      }
      const component = split.componentOf[cell]!;
      let part = parts.get(component);
      if (!part) {
        part = { cells: [], weights: [], result };
        parts.set(component, part);
        objectives[component]!.push(part);
      }
      const at = part.cells.indexOf(cell);
      if (at >= 0) part.weights[at]!++;
      else {
        part.cells.push(cell);
        part.weights.push(1);
      }
    }
    return result;
  });

  const local = new Int32Array(cellTotal);
  split.cells.forEach((componentCells, component) =>
    solveComponent(highs, {
      groups: problem.groups,
      groupIds: split.groups[component]!,
      cells: componentCells,
      lower,
      upper,
      free,
      local,
      objectives: objectives[component]!,
      integer: options.integer === true,
    }),
  );
  // Inward rounding can cross over only when the LP optimum is fractional in a direction no
  // integer point reaches, i.e. the counts cannot satisfy the system (possible beyond a TU
  // system, e.g. an odd cycle of groups).
  for (const interval of [...cells, ...sums]) if (interval.lower > interval.upper) throw infeasibleError(ENGINE);
  return { cells, sums };
}

/** A group of fixed cells only is a plain check: its constants must add up. */
function checkFixedGroups(groups: readonly AdditiveGroup[], lower: Float64Array, free: Uint8Array): void {
  for (const group of groups) {
    if (free[group.total] || group.parts.some((part) => free[part])) continue;
    let parts = 0;
    for (const part of group.parts) parts += lower[part]!;
    if (parts !== lower[group.total]) throw infeasibleError(ENGINE);
  }
}

interface ComponentInput {
  groups: readonly AdditiveGroup[];
  groupIds: number[];
  cells: number[];
  lower: Float64Array;
  upper: Float64Array;
  free: Uint8Array;
  /** Scratch: column of each cell of this component. */
  local: Int32Array;
  objectives: Objective[];
  integer: boolean;
}

function solveComponent(highs: Highs, input: ComponentInput): void {
  const { cells, lower, upper, objectives } = input;
  if (input.groupIds.length === 0) {
    // A free cell in no group: nothing constrains it beyond its own bounds.
    for (const objective of objectives) {
      objective.cells.forEach((cell, i) => {
        objective.result.lower += objective.weights[i]! * lower[cell]!;
        objective.result.upper += objective.weights[i]! * upper[cell]!;
      });
    }
    return;
  }
  cells.forEach((cell, column) => (input.local[cell] = column));
  const rows = buildRows(input);
  const model = highs.createModel({
    numCols: cells.length,
    numRows: rows.rhs.length,
    colCost: new Float64Array(cells.length),
    colLower: Float64Array.from(cells, (cell) => lower[cell]!),
    colUpper: Float64Array.from(cells, (cell) => upper[cell]!),
    rowLower: rows.rhs,
    rowUpper: rows.rhs,
    matrix: rows.matrix,
    ...(input.integer
      ? { integrality: new Int32Array(cells.length).fill(highs.constants.variableType.integer) }
      : {}),
  });
  try {
    model.options.set({ output_flag: false });
    // A new objective leaves the previous optimal basis primal feasible, so primal simplex
    // goes on from it (about 5× faster here than the default dual simplex, which restarts).
    if (input.integer) model.options.set({ mip_rel_gap: 0 });
    else model.options.set({ simplex_strategy: 4 });
    if (objectives.length === 0) {
      model.run();
      checkStatus(highs, model.getModelStatus());
      return;
    }
    // All maximisations, then all minimisations: consecutive LPs differ only in their
    // costs, so each run starts from the previous optimal basis.
    let previous: Objective | undefined;
    const setObjective = (objective: Objective) => {
      if (previous) for (const cell of previous.cells) model.changeColCost(input.local[cell]!, 0);
      objective.cells.forEach((cell, i) => model.changeColCost(input.local[cell]!, objective.weights[i]!));
      previous = objective;
    };
    model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
    for (const objective of objectives) {
      setObjective(objective);
      model.run();
      checkStatus(highs, model.getModelStatus());
      objective.result.upper += roundDown(model.getObjectiveValue());
    }
    model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
    for (const objective of objectives) {
      setObjective(objective);
      model.run();
      checkStatus(highs, model.getModelStatus());
      objective.result.lower += roundUp(model.getObjectiveValue());
    }
  } finally {
    model.dispose();
  }
}

/**
 * One equality row per group: total − Σ parts = 0, with fixed cells moved to the right-hand
 * side. Coefficients of a cell listed twice in one group are merged (CSC forbids duplicates).
 */
function buildRows(input: ComponentInput) {
  const { groups, groupIds, lower, free, local } = input;
  const columns = input.cells.length;
  const weight = new Float64Array(columns);
  const mark = new Int32Array(columns).fill(-1);
  const rowCols: number[] = [];
  const rowValues: number[] = [];
  const rowOf: number[] = [];
  const rhs = new Float64Array(groupIds.length);
  const listed: number[] = [];
  groupIds.forEach((groupId, row) => {
    const group = groups[groupId]!;
    let constant = 0;
    listed.length = 0;
    const add = (cell: number, coefficient: number) => {
      if (!free[cell]) {
        constant -= coefficient * lower[cell]!;
        return;
      }
      const column = local[cell]!;
      if (mark[column] !== row) {
        mark[column] = row;
        weight[column] = 0;
        listed.push(column);
      }
      weight[column]! += coefficient;
    };
    add(group.total, 1);
    for (const part of group.parts) add(part, -1);
    for (const column of listed) {
      if (weight[column] === 0) continue;
      rowOf.push(row);
      rowCols.push(column);
      rowValues.push(weight[column]!);
    }
    rhs[row] = constant;
  });

  const starts = new Int32Array(columns + 1);
  for (const column of rowCols) starts[column + 1]!++;
  for (let column = 0; column < columns; column++) starts[column + 1]! += starts[column]!;
  const fill = starts.slice(0, columns);
  const indices = new Int32Array(rowCols.length);
  const values = new Float64Array(rowCols.length);
  rowCols.forEach((column, k) => {
    const at = fill[column]!++;
    indices[at] = rowOf[k]!;
    values[at] = rowValues[k]!;
  });
  return {
    rhs,
    matrix: { format: "csc" as const, numRows: groupIds.length, numCols: columns, starts, indices, values },
  };
}

function checkStatus(highs: Highs, status: number): void {
  const codes = highs.constants.modelStatus;
  if (status === codes.optimal) return;
  // Every column is bounded, so "unbounded or infeasible" can only mean infeasible.
  if (status === codes.infeasible || status === codes.unboundedOrInfeasible) throw infeasibleError(ENGINE);
  throw new Error(`${ENGINE}: HiGHS stopped with model status ${status}`);
}

// Inward rounding with a tolerance for HiGHS's floating point (feasibility tolerance 1e-7).
function roundDown(value: number): number {
  return Math.floor(value + 1e-6 + 1e-9 * Math.abs(value));
}

function roundUp(value: number): number {
  return Math.ceil(value - 1e-6 - 1e-9 * Math.abs(value));
}
