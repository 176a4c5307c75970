// The initiatives map shades each buurt by how many initiatives it has. Fixed classes, not
// quantiles: a handful of initiatives is the normal case, and "none", "one", "a few" and
// "many" read the same on any day. The darkest map colour is left out, so the black
// markers stay visible on every buurt.

export const INITIATIVE_COUNT_CLASSES = [
  { mapClass: 1, from: 0, to: 0 },
  { mapClass: 2, from: 1, to: 1 },
  { mapClass: 3, from: 2, to: 3 },
  { mapClass: 4, from: 4, to: null },
] as const;

export type InitiativeCountClass = (typeof INITIATIVE_COUNT_CLASSES)[number];

export function initiativeCountClass(count: number): InitiativeCountClass {
  return INITIATIVE_COUNT_CLASSES.find((entry) => count >= entry.from && (entry.to === null || count <= entry.to)) ?? INITIATIVE_COUNT_CLASSES[0];
}
