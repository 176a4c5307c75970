import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isInWorstFifth, worstFifthTest } from "@/lib/figures/worst-fifth.ts";

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

describe("worstFifthTest", () => {
  it("answers like counting the strictly worse buurten one by one", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 0, maxLength: 60 }), fc.boolean(), (rates, higherIsWorse) => {
        const test = worstFifthTest(rates, higherIsWorse);
        for (const rate of rates) {
          const worse = rates.filter((other) => (higherIsWorse ? other > rate : other < rate)).length;
          const expected = rates.length >= 5 && worse < Math.ceil(rates.length * 0.2);
          expect(test(rate)).toBe(expected);
        }
      }),
    );
  });
});
