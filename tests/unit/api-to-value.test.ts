import { describe, expect, it } from "vitest";
import { toValue } from "@/lib/api/to-value.ts";
import type { ReleasedValue } from "@/lib/releases/get-released-values.ts";

const cell = (overrides: Partial<ReleasedValue>): ReleasedValue => ({
  indicatorCode: "bijstand",
  year: 2024,
  areaCode: "BU19910101",
  category: "totaal",
  status: "PUBLISHED",
  count: 40,
  base: 1200,
  rate: 33.3,
  ...overrides,
});

describe("toValue", () => {
  it("serves a published cell with its rounded count, base and rate", () => {
    expect(toValue(cell({}), 1000)).toMatchObject({ status: "gepubliceerd", aantal: 40, basis: 1200, waarde: 33.3, schaal: 1000, niveau: "buurt" });
  });

  it("never serves a number of a withheld cell, even one stored by mistake", () => {
    expect(toValue(cell({ status: "SUPPRESSED" }), 1000)).toMatchObject({ status: "afgeschermd", aantal: null, basis: null, waarde: null });
  });

  it("calls a published cell without a count 'no data', as the pages do", () => {
    expect(toValue(cell({ count: null, rate: null }), 100)).toMatchObject({ status: "geenGegevens", aantal: null, waarde: null });
    expect(toValue(cell({ status: "NO_DATA", count: 3 }), 100)).toMatchObject({ status: "geenGegevens", aantal: null });
  });

  it("names the level from the CBS code", () => {
    expect(toValue(cell({ areaCode: "WK199101" }), 100).niveau).toBe("wijk");
    expect(toValue(cell({ areaCode: "GM1991" }), 100).niveau).toBe("gemeente");
  });
});
