import { describe, expect, it } from "vitest";
import { overlapClass, overlapClassRange } from "../../lib/omgevingsvisie/overlap-classes.ts";

describe("overlapClass", () => {
  it("puts an untouched buurt in class 1 and a touched one by quarters", () => {
    expect(overlapClass(undefined)).toBe(1);
    expect([0.1, 0.25, 0.26, 0.5, 0.75, 0.76, 1].map(overlapClass)).toEqual([2, 2, 3, 3, 4, 5, 5]);
  });

  it("keeps a stored overlap whose share rounds to 0 apart from an untouched buurt", () => {
    expect(overlapClass(0)).toBe(2);
  });

  it("names the quarters' bounds", () => {
    expect(overlapClassRange(2)).toEqual({ from: 0, to: 0.25 });
    expect(overlapClassRange(5)).toEqual({ from: 0.75, to: 1 });
  });
});
