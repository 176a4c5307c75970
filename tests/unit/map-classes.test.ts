import { describe, expect, it } from "vitest";
import { classOfValue, mapClasses } from "@/lib/maps/map-classes.ts";

describe("mapClasses", () => {
  it("cuts ten values into five classes of two, lowest first", () => {
    const classes = mapClasses([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);
    expect(classes.map(({ from, to, count }) => [from, to, count])).toEqual([
      [1, 2, 2],
      [3, 4, 2],
      [5, 6, 2],
      [7, 8, 2],
      [9, 10, 2],
    ]);
  });

  it("keeps equal values in one class and makes fewer classes when there are few distinct values", () => {
    const classes = mapClasses([0, 0, 0, 0, 0, 0, 5, 5, 9, 9]);
    expect(classes.map(({ from, to }) => [from, to])).toEqual([
      [0, 0],
      [5, 5],
      [9, 9],
    ]);
    expect(classes.reduce((sum, c) => sum + c.count, 0)).toBe(10);
  });

  it("has no classes without values", () => {
    expect(mapClasses([])).toEqual([]);
  });
});

describe("classOfValue", () => {
  const classes = mapClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it("puts a value in the class whose range holds it", () => {
    expect(classOfValue({ status: "PUBLISHED", value: 1 }, classes)).toBe(1);
    expect(classOfValue({ status: "PUBLISHED", value: 6 }, classes)).toBe(3);
    expect(classOfValue({ status: "PUBLISHED", value: 10 }, classes)).toBe(5);
  });

  it("keeps suppressed apart from no data", () => {
    expect(classOfValue({ status: "SUPPRESSED", value: null }, classes)).toBe("suppressed");
    expect(classOfValue({ status: "NO_DATA", value: null }, classes)).toBe("no-data");
    expect(classOfValue({ status: "PUBLISHED", value: null }, classes)).toBe("no-data");
  });
});
