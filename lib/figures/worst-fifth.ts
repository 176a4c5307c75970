// "Stands out": a buurt is among the gemeente's worst fifth for an indicator when fewer
// than a fifth of the buurten with a published rate are strictly worse. Ties count alike,
// so two buurten with the same rate are both in or both out. Pure, for the profile page,
// the stacking view, the comparison and the share card alike.

export const WORST_SHARE = 0.2;

/** Fewer published buurten than this, and "a fifth" means one or none: nothing stands out. */
const MIN_PUBLISHED = 5;

export function isInWorstFifth(rate: number, allRates: readonly number[], higherIsWorse: boolean): boolean {
  return worstFifthTest(allRates, higherIsWorse)(rate);
}

/**
 * The same rule prepared once for many buurten: sorts the published rates one time, then
 * answers each buurt by binary search.
 */
export function worstFifthTest(allRates: readonly number[], higherIsWorse: boolean): (rate: number) => boolean {
  const published = allRates.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (published.length < MIN_PUBLISHED) return () => false;
  const allowedWorse = Math.ceil(published.length * WORST_SHARE);
  return (rate) => {
    const worse = higherIsWorse ? published.length - firstAbove(published, rate) : firstAtOrAbove(published, rate);
    return worse < allowedWorse;
  };
}

function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstAtOrAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
