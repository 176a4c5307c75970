// Reach classes by fixed distances, not quantiles: "within 400 m" means the same walk in every
// gemeente and every year, and 400 / 800 / 1,200 m are the distances the reach shares use
// (a few minutes' walk, a longer walk, a short bike ride). Beyond 2 km is far by any measure.

export const REACH_CLASS_BOUNDS = [400, 800, 1200, 2000] as const;

/** 1 = within 400 m on average … 5 = beyond 2,000 m. */
export function reachClass(meanMeters: number): number {
  const index = REACH_CLASS_BOUNDS.findIndex((bound) => meanMeters <= bound);
  return index === -1 ? REACH_CLASS_BOUNDS.length + 1 : index + 1;
}

/** The bounds of a class in metres; `to` is null for the last, open class. */
export function reachClassRange(mapClass: number): { from: number; to: number | null } {
  return { from: mapClass === 1 ? 0 : REACH_CLASS_BOUNDS[mapClass - 2]!, to: REACH_CLASS_BOUNDS[mapClass - 1] ?? null };
}

export const REACH_CLASS_COUNT = REACH_CLASS_BOUNDS.length + 1;
