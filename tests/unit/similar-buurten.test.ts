import { describe, expect, it } from "vitest";
import { similarBuurten } from "@/lib/figures/similar-buurten.ts";

const profile = (values: Record<string, number>) => new Map(Object.entries(values));

describe("similarBuurten", () => {
  const features = ["kinderen", "ouderen", "per_duizend"];

  it("puts the buurt with the same profile first and leaves the buurt itself out", () => {
    const profiles = new Map([
      ["mine", profile({ kinderen: 20, ouderen: 15, per_duizend: 40 })],
      ["twin", profile({ kinderen: 20, ouderen: 15, per_duizend: 40 })],
      ["young", profile({ kinderen: 35, ouderen: 5, per_duizend: 45 })],
      ["old", profile({ kinderen: 8, ouderen: 35, per_duizend: 30 })],
    ]);
    const result = similarBuurten("mine", profiles, features);
    expect(result.map((buurt) => buurt.code)).toEqual(["twin", "young", "old"]);
    expect(result[0]!.distance).toBe(0);
  });

  it("weighs each indicator by its spread, so a large unit does not decide alone", () => {
    // "a" differs from "mine" by 100 per thousand, where buurten differ by thousands;
    // "b" differs by 10 points in a percentage that hardly varies.
    const profiles = new Map([
      ["mine", profile({ kinderen: 20, per_duizend: 5000 })],
      ["a", profile({ kinderen: 20, per_duizend: 5100 })],
      ["b", profile({ kinderen: 30, per_duizend: 5000 })],
      ["c", profile({ kinderen: 21, per_duizend: 1000 })],
      ["d", profile({ kinderen: 19, per_duizend: 9000 })],
    ]);
    expect(similarBuurten("mine", profiles, ["kinderen", "per_duizend"])[0]!.code).toBe("a");
  });

  it("does not call a buurt alike on too few shared indicators", () => {
    const profiles = new Map([
      ["mine", profile({ kinderen: 20, ouderen: 15, per_duizend: 40 })],
      ["sparse", profile({ kinderen: 20 })],
      ["full", profile({ kinderen: 30, ouderen: 25, per_duizend: 60 })],
    ]);
    expect(similarBuurten("mine", profiles, features).map((buurt) => buurt.code)).toEqual(["full"]);
  });

  it("returns nothing for a buurt without a profile", () => {
    expect(similarBuurten("unknown", new Map(), features)).toEqual([]);
  });
});
