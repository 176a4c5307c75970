import type { Bounds } from "./audit-problem.ts";

/** Known lower and upper bounds of every cell, as flat arrays for the engines' inner loops. */
export interface BoundArrays {
  lower: Float64Array;
  upper: Float64Array;
}

/**
 * Checks and copies the bounds. Both engines rely on integer data: the flow engine needs
 * integral capacities to terminate, the LP engine rounds its optima to integers. Messages
 * name the cell index only, never a bound, because bounds near a hidden cell are its value.
 */
export function readBounds(bounds: readonly Bounds[], cellTotal: number, engine: string): BoundArrays {
  if (bounds.length !== cellTotal) {
    throw new Error(`${engine}: expected bounds for ${cellTotal} cells, got ${bounds.length}`);
  }
  const lower = new Float64Array(cellTotal);
  const upper = new Float64Array(cellTotal);
  let infeasible = false;
  for (let cell = 0; cell < cellTotal; cell++) {
    const known = bounds[cell]!;
    if (!Number.isSafeInteger(known.lower) || !Number.isSafeInteger(known.upper)) {
      throw new Error(`${engine}: the bounds of cell ${cell} are not both finite integers`);
    }
    lower[cell] = known.lower;
    upper[cell] = known.upper;
    if (known.lower > known.upper) infeasible = true;
  }
  if (infeasible) throw infeasibleError(engine);
  return { lower, upper };
}

/** One message for every kind of inconsistency, so the error says nothing about where values lie. */
export function infeasibleError(engine: string): Error {
  return new Error(
    `${engine}: the bounds are infeasible: no table satisfies every group and every cell's bounds`,
  );
}

export function checkCellIndices(cells: readonly number[], cellTotal: number, what: string, engine: string): void {
  for (const cell of cells) {
    if (!Number.isInteger(cell) || cell < 0 || cell >= cellTotal) {
      throw new Error(`${engine}: ${what} refers to cell ${cell}, which the table does not have`);
    }
  }
}
