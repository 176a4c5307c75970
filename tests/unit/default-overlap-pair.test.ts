import { describe, expect, it } from "vitest";
import { defaultOverlapPair } from "@/lib/maps/default-overlap-pair.ts";

const need = (code: string, themeCode: string, subsetOf: string[] = []) => ({ code, themeCode, higherIsWorse: true, subsetOf });

describe("defaultOverlapPair", () => {
  it("shows poverty × youth care when the catalogue has both themes", () => {
    const pair = defaultOverlapPair([need("wmo", "zorg"), need("bijstand", "inkomen"), need("jeugdhulp", "jeugd")]);
    expect(pair?.map((indicator) => indicator.code)).toEqual(["bijstand", "jeugdhulp"]);
  });

  it("otherwise takes two needs of different themes, never a part of another or a descriptive figure", () => {
    const pair = defaultOverlapPair([
      { code: "kinderen", themeCode: "demografie", higherIsWorse: false, subsetOf: [] },
      need("wmo", "zorg"),
      need("wmo_hulp", "zorg", ["wmo"]),
      need("huurachterstand", "wonen"),
    ]);
    expect(pair?.map((indicator) => indicator.code)).toEqual(["wmo", "huurachterstand"]);
  });

  it("has no pair without any need", () => {
    expect(defaultOverlapPair([{ code: "kinderen", themeCode: "demografie", higherIsWorse: false, subsetOf: [] }])).toBeUndefined();
  });
});
