import { describe, expect, it } from "vitest";
import type { ReleasedCell } from "@/lib/figures/format-indicator-cell.ts";
import { BIVARIATE_CLASSES, bivariateAxis, bivariateClassOf } from "@/lib/maps/bivariate-classes.ts";

const published = (rate: number): ReleasedCell => ({ status: "PUBLISHED", count: 5, rate });

describe("bivariate classes", () => {
  const first = bivariateAxis([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const second = bivariateAxis([10, 20, 30, 40, 50, 60, 70, 80, 90]);

  it("cuts each axis at its own tertiles, whatever its unit", () => {
    expect(first.classes.map((mapClass) => [mapClass.from, mapClass.to])).toEqual([[1, 3], [4, 6], [7, 9]]);
    expect(bivariateClassOf(published(9), published(90), [first, second])).toBe("3-3");
    expect(bivariateClassOf(published(1), published(90), [first, second])).toBe("1-3");
    expect(bivariateClassOf(published(5), published(10), [first, second])).toBe("2-1");
  });

  it("keeps a withheld value apart from a missing one, and never guesses a level for either", () => {
    const suppressed: ReleasedCell = { status: "SUPPRESSED", count: null, rate: null };
    const noData: ReleasedCell = { status: "NO_DATA", count: null, rate: null };
    expect(bivariateClassOf(suppressed, published(90), [first, second])).toBe("suppressed");
    expect(bivariateClassOf(published(9), noData, [first, second])).toBe("no-data");
    expect(bivariateClassOf(suppressed, noData, [first, second])).toBe("suppressed");
  });

  it("with only two distinct values calls them low and high, not low and middle", () => {
    const twoValues = bivariateAxis([0, 0, 0, 5, 5, 5]);
    expect(twoValues.levels).toEqual([1, 3]);
    expect(bivariateClassOf(published(5), published(10), [twoValues, second])).toBe("3-1");
  });

  it("lists all nine cells of the grid once", () => {
    expect(new Set(BIVARIATE_CLASSES).size).toBe(9);
  });
});
