import type { AdditiveGroup } from "../hierarchical-table.ts";
import { cheapestComplement, type ComplementContext } from "./complement-cost.ts";

/**
 * The first pass of secondary suppression, group by group from the bottom up, until
 * nothing changes: a group with exactly one hidden member would give it away by
 * subtraction, and hidden primary parts that together stay below T would give away their
 * sum (the published total minus the rest); both get the cheapest further member hidden.
 * Returns the cells it hid.
 */
export function applyOneDimensionalRule(
  groups: AdditiveGroup[],
  hidden: boolean[],
  isPrimary: (cell: number) => boolean,
  threshold: number,
  context: ComplementContext,
): number[] {
  const added: number[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      const hiddenParts = group.parts.filter((cell) => hidden[cell]);
      const hiddenCount = hiddenParts.length + (hidden[group.total] ? 1 : 0);
      if (hiddenCount === 0) continue;
      // With the total published, the hidden parts' sum is the total minus the rest.
      const revealsSmallSum =
        !hidden[group.total] &&
        hiddenParts.every(isPrimary) &&
        hiddenParts.reduce((sum, cell) => sum + context.values[cell]!, 0) < threshold;
      if (hiddenCount > 1 && !revealsSmallSum) continue;
      // Parts first: hiding the total of this group would cascade into the next one up.
      const complement = cheapestComplement(group.parts, hidden, context) ?? cheapestComplement([group.total], hidden, context);
      if (complement === undefined) continue;
      hidden[complement] = true;
      added.push(complement);
      changed = true;
    }
  }
  return added;
}
