import { describe, expect, it } from "vitest";
import { AREA_CODE_PATTERN, areaLevelOf, gemeenteCodeOf, normaliseAreaCode, parentCodeOf } from "@/lib/areas/area-code.ts";

describe("areaLevelOf", () => {
  it("knows the three CBS levels", () => {
    expect(areaLevelOf("GM1991")).toBe("GEMEENTE");
    expect(areaLevelOf("WK199101")).toBe("WIJK");
    expect(areaLevelOf("BU19910101")).toBe("BUURT");
  });

  it.each(["", "GM199", "GM19911", "WK19910", "WK1991011", "BU1991010", "BU199101011", "XX1991", "gm1991", "GM1991  ", "BU1991010A"])(
    "refuses %j",
    (code) => {
      expect(areaLevelOf(code)).toBeUndefined();
      expect(AREA_CODE_PATTERN.test(code)).toBe(false);
    },
  );

  it("agrees with AREA_CODE_PATTERN on valid codes", () => {
    for (const code of ["GM1991", "WK199101", "BU19910101"]) expect(AREA_CODE_PATTERN.test(code)).toBe(true);
  });
});

describe("gemeenteCodeOf and parentCodeOf", () => {
  it("finds the gemeente of any level", () => {
    expect(gemeenteCodeOf("BU19910603")).toBe("GM1991");
    expect(gemeenteCodeOf("WK036301")).toBe("GM0363");
    expect(gemeenteCodeOf("GM1991")).toBe("GM1991");
  });

  it("finds the parent one level up", () => {
    expect(parentCodeOf("BU19910603")).toBe("WK199106");
    expect(parentCodeOf("WK199106")).toBe("GM1991");
    expect(parentCodeOf("GM1991")).toBeUndefined();
  });

  it("gives no parent for a malformed code", () => {
    expect(parentCodeOf("BU1991060")).toBeUndefined();
    expect(parentCodeOf("")).toBeUndefined();
  });
});

describe("normaliseAreaCode", () => {
  it("trims CBS's padding to 10 characters", () => {
    expect(normaliseAreaCode("GM1991    ")).toBe("GM1991");
    expect(normaliseAreaCode("WK199101  ")).toBe("WK199101");
    expect(normaliseAreaCode("BU19910101")).toBe("BU19910101");
  });

  it("upper-cases and trims leading blanks", () => {
    expect(normaliseAreaCode("  bu19910101\t")).toBe("BU19910101");
    expect(areaLevelOf(normaliseAreaCode(" wk199101 "))).toBe("WIJK");
  });
});
