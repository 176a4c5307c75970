/**
 * The order in which complements are chosen, cheapest first: a cell of at least p hides
 * more than a tiny one; a cell that is nobody's total cascades less; a cell hidden last
 * year keeps the years consistent; then the smallest value loses the least information.
 * Zero cells are never complements: hiding a zero protects nothing.
 */
export interface ComplementContext {
  values: number[];
  protection: number;
  /** How many groups a cell is the total of. */
  totalOf: number[];
  preferred: Set<number>;
}

export function isComplementCandidate(cell: number, hidden: boolean[], { values }: ComplementContext): boolean {
  return !hidden[cell] && values[cell]! > 0;
}

export function compareComplements(a: number, b: number, context: ComplementContext): number {
  const { values, protection, totalOf, preferred } = context;
  const key = (cell: number) => [
    values[cell]! < protection ? 1 : 0,
    totalOf[cell]!,
    preferred.has(cell) ? 0 : 1,
    values[cell]!,
    cell,
  ];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}

export function cheapestComplement(candidates: Iterable<number>, hidden: boolean[], context: ComplementContext): number | undefined {
  let best: number | undefined;
  for (const cell of candidates) {
    if (!isComplementCandidate(cell, hidden, context)) continue;
    if (best === undefined || compareComplements(cell, best, context) < 0) best = cell;
  }
  return best;
}
