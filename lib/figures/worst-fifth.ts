// "Stands out": a buurt is among the gemeente's worst fifth for an indicator when fewer
// than a fifth of the buurten with a published rate are strictly worse. Ties count alike,
// so two buurten with the same rate are both in or both out. Pure, for the profile page,
// the stacking view and the share card alike.

export const WORST_SHARE = 0.2;

export function isInWorstFifth(rate: number, allRates: readonly number[], higherIsWorse: boolean): boolean {
  const published = allRates.filter((value) => Number.isFinite(value));
  if (published.length < 5) return false;
  const worse = published.filter((value) => (higherIsWorse ? value > rate : value < rate)).length;
  return worse < Math.ceil(published.length * WORST_SHARE);
}
