// Map classes for "how much of the buurt lies in the ambition's area", in quarters: a buurt
// that the area only grazes looks different from one it covers. Class 1 is "not touched".

export const OVERLAP_CLASS_BOUNDS = [0.25, 0.5, 0.75, 1] as const;

/** Undefined: the buurt is not touched. A stored overlap whose share rounds to 0 (a large buurt) is still touched. */
export function overlapClass(shareOfBuurt: number | undefined): number {
  if (shareOfBuurt === undefined) return 1;
  const index = OVERLAP_CLASS_BOUNDS.findIndex((bound) => shareOfBuurt <= bound);
  return (index === -1 ? OVERLAP_CLASS_BOUNDS.length - 1 : index) + 2;
}

/** The bounds of a touched class (2 … 5) as fractions. */
export function overlapClassRange(mapClass: number): { from: number; to: number } {
  return { from: mapClass === 2 ? 0 : OVERLAP_CLASS_BOUNDS[mapClass - 3]!, to: OVERLAP_CLASS_BOUNDS[mapClass - 2]! };
}
