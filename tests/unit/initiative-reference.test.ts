import { describe, expect, it } from "vitest";
import { createInitiativeReference, normaliseInitiativeReference, REFERENCE_ALPHABET } from "@/lib/initiatives/initiative-reference.ts";

describe("initiative references", () => {
  it("look like BB-XXXX-XXXX in an alphabet without look-alikes", () => {
    for (let i = 0; i < 200; i++) {
      const reference = createInitiativeReference();
      expect(reference).toMatch(/^BB-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(reference.slice(3)).not.toMatch(/[01OIL]/);
    }
    expect(REFERENCE_ALPHABET).toHaveLength(31);
  });

  it("are random: no repeats in ten thousand, and every symbol turns up", () => {
    const references = Array.from({ length: 10_000 }, createInitiativeReference);
    expect(new Set(references).size).toBe(references.length);
    const symbols = new Set(references.join("").replace(/BB|-/g, ""));
    expect(symbols.size).toBe(REFERENCE_ALPHABET.length);
  });

  it("are read back however they were typed", () => {
    expect(normaliseInitiativeReference("BB-7KQ4-M2XD")).toBe("BB-7KQ4-M2XD");
    expect(normaliseInitiativeReference(" bb-7kq4-m2xd ")).toBe("BB-7KQ4-M2XD");
    expect(normaliseInitiativeReference("7KQ4M2XD")).toBe("BB-7KQ4-M2XD");
    expect(normaliseInitiativeReference("bb 7kq4 m2xd")).toBe("BB-7KQ4-M2XD");
  });

  it("refuses what can never be a reference", () => {
    for (const input of ["", "BB-7KQ4-M2X", "BB-7KQ4-M2XDD", "BB-0KQ4-M2XD", "BB-7KQ4-M2X!", "x".repeat(100), "BB-7KQ4-M2XD; DROP TABLE"]) {
      expect(normaliseInitiativeReference(input), input).toBeUndefined();
    }
  });
});
