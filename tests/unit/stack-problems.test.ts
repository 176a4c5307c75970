import { describe, expect, it } from "vitest";
import type { ReleasedCell } from "@/lib/figures/format-indicator-cell.ts";
import { stackProblems, stackedIndicators } from "@/lib/figures/stack-problems.ts";

const published = (rate: number): ReleasedCell => ({ status: "PUBLISHED", count: 10, rate });
const suppressed: ReleasedCell = { status: "SUPPRESSED", count: null, rate: null };
const buurten = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10"];

/** Rates 1..10 over B1..B10, or the reverse. */
function ramp(reverse = false): Map<string, ReleasedCell> {
  return new Map(buurten.map((code, index) => [code, published(reverse ? 10 - index : index + 1)]));
}

describe("stackProblems", () => {
  it("counts the needs in which a buurt is in the worst fifth, in either direction of worse", () => {
    const indicators = [
      { code: "armoede", higherIsWorse: true, subsetOf: [] },
      { code: "jeugdhulp", higherIsWorse: true, subsetOf: [] },
      { code: "voorzieningen_dichtbij", higherIsWorse: true, subsetOf: [] },
    ];
    const cells = new Map([
      ["armoede", ramp()],
      ["jeugdhulp", ramp()],
      ["voorzieningen_dichtbij", ramp(true)],
    ]);
    const stacked = new Map(stackProblems(indicators, cells, buurten).map((buurt) => [buurt.code, buurt]));
    expect(stacked.get("B10")!.inWorstFifth).toEqual(["armoede", "jeugdhulp"]);
    expect(stacked.get("B9")!.inWorstFifth).toEqual(["armoede", "jeugdhulp"]);
    expect(stacked.get("B1")!.inWorstFifth).toEqual(["voorzieningen_dichtbij"]);
    expect(stacked.get("B5")!.inWorstFifth).toEqual([]);
    expect(stacked.get("B5")!.known).toBe(3);
  });

  it("does not count descriptive indicators, nor a need twice through its parts", () => {
    const indicators = [
      { code: "wmo", higherIsWorse: true, subsetOf: [] },
      { code: "wmo_hulp", higherIsWorse: true, subsetOf: ["wmo"] },
      { code: "ouderen", higherIsWorse: false, subsetOf: [] },
    ];
    expect(stackedIndicators(indicators).map((indicator) => indicator.code)).toEqual(["wmo"]);
    const cells = new Map([
      ["wmo", ramp()],
      ["wmo_hulp", ramp()],
      ["ouderen", ramp(true)],
    ]);
    const top = stackProblems(indicators, cells, buurten).find((buurt) => buurt.code === "B10")!;
    expect(top.inWorstFifth).toEqual(["wmo"]);
    expect(top.known).toBe(1);
  });

  it("counts a withheld value as unknown, never as in or out", () => {
    const cells = ramp();
    cells.set("B10", suppressed);
    const [result] = stackProblems([{ code: "armoede", higherIsWorse: true, subsetOf: [] }], new Map([["armoede", cells]]), ["B10"]);
    expect(result).toEqual({ code: "B10", inWorstFifth: [], known: 0, suppressed: 1 });
    // The worst fifth is taken among the published buurten only: B9 and B8 now lead.
    const all = stackProblems([{ code: "armoede", higherIsWorse: true, subsetOf: [] }], new Map([["armoede", cells]]), buurten);
    expect(all.filter((buurt) => buurt.inWorstFifth.length > 0).map((buurt) => buurt.code)).toEqual(["B8", "B9"]);
  });
});
