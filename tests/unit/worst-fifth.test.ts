import { describe, expect, it } from "vitest";
import { isInWorstFifth } from "@/lib/figures/worst-fifth.ts";

describe("isInWorstFifth", () => {
  const rates = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it("takes the highest fifth where higher is worse, and the lowest where lower is worse", () => {
    expect(rates.filter((rate) => isInWorstFifth(rate, rates, true))).toEqual([9, 10]);
    expect(rates.filter((rate) => isInWorstFifth(rate, rates, false))).toEqual([1, 2]);
  });

  it("keeps tied buurten together", () => {
    const tied = [1, 2, 3, 4, 5, 6, 7, 9, 9, 9];
    expect(tied.filter((rate) => isInWorstFifth(rate, tied, true))).toEqual([9, 9, 9]);
  });

  it("says nothing stands out among fewer than five buurten", () => {
    expect(isInWorstFifth(10, [1, 2, 10], true)).toBe(false);
  });
});
