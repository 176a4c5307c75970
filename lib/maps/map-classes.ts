// Colour classes of a choropleth: quantiles of the published buurt values, so every class
// holds about as many buurten and one extreme buurt does not wash out the rest. Pure: the
// SVG map, the interactive map, the legend, the table and the share card all use it, so a
// buurt has the same class in every picture.

export const MAX_CLASSES = 5;

export interface MapClass {
  /** 1 = lowest values. */
  index: number;
  /** The lowest and highest published value in the class. */
  from: number;
  to: number;
  /** Buurten in the class. */
  count: number;
}

export type MapCellClass = number | "suppressed" | "no-data";

/**
 * Up to `classes` classes over the values, cut at quantiles. Equal values always share a
 * class, so ties never straddle a border; with few distinct values there are fewer classes.
 */
export function mapClasses(values: readonly number[], classes = MAX_CLASSES): MapClass[] {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const result: MapClass[] = [];
  let start = 0;
  for (let k = 1; k <= classes && start < sorted.length; k++) {
    let end = k === classes ? sorted.length : Math.max(start + 1, Math.round((k * sorted.length) / classes));
    // Keep ties together: extend the class to the last copy of its highest value.
    while (end < sorted.length && sorted[end] === sorted[end - 1]) end++;
    result.push({ index: result.length + 1, from: sorted[start]!, to: sorted[end - 1]!, count: end - start });
    start = end;
  }
  return result;
}

/** The class of one buurt's value: its number, or why it has none. */
export function classOfValue(
  cell: { status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA"; value: number | null },
  classes: readonly MapClass[],
): MapCellClass {
  if (cell.status === "SUPPRESSED") return "suppressed";
  if (cell.status === "NO_DATA" || cell.value === null) return "no-data";
  const found = classes.find((mapClass) => cell.value! <= mapClass.to);
  return found?.index ?? classes.at(-1)?.index ?? "no-data";
}
