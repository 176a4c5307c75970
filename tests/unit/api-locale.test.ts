import { describe, expect, it } from "vitest";
import { apiLocale } from "@/lib/api/api-locale.ts";

describe("apiLocale", () => {
  it("speaks Dutch without a preference or for a language we lack", () => {
    expect(apiLocale(null)).toBe("nl");
    expect(apiLocale("de-DE,fr;q=0.8")).toBe("nl");
  });

  it("follows the q-values", () => {
    expect(apiLocale("en-GB,en;q=0.9")).toBe("en");
    expect(apiLocale("nl;q=0.5,en;q=0.8")).toBe("en");
    expect(apiLocale("de,en;q=0.2,nl;q=0.1")).toBe("en");
    expect(apiLocale("en;q=0,nl")).toBe("nl");
  });
});
