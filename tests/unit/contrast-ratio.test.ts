import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/config/contrast-ratio.ts";

describe("contrastRatio (WCAG 2.x)", () => {
  it("is 21 for black on white, in either order", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 10);
  });

  it("is 1 for a colour on itself", () => {
    expect(contrastRatio("#00594f", "#00594f")).toBe(1);
    expect(contrastRatio("#ffffff", "#FFFFFF")).toBe(1);
  });

  it("matches well-known reference values", () => {
    // #767676 is the lightest grey with 4.5:1 on white (4.54:1); #777777 just fails (4.48:1).
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    // Pure red on white: 4.0:1.
    expect(contrastRatio("#ff0000", "#ffffff")).toBeCloseTo(4.0, 1);
  });

  it("gives the Maashorst green enough contrast with white text", () => {
    expect(contrastRatio("#00594f", "#ffffff")).toBeGreaterThan(4.5);
  });
});
