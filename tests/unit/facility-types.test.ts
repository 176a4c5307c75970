import { describe, expect, it } from "vitest";
import { FACILITY_TYPE_CODES, facilityType, facilityTypes, isFacilityTypeCode } from "@/lib/facilities/facility-types.ts";

// SVG path grammar, strict enough to catch a typo: commands with the right number of arguments.
const ARGUMENTS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i;

function parsePath(d: string): { command: string; args: number[] }[] {
  const out: { command: string; args: number[] }[] = [];
  let rest = d.trim();
  while (rest !== "") {
    const command = rest[0]!;
    if (!(command.toLowerCase() in ARGUMENTS)) throw new Error(`bad command at "${rest.slice(0, 10)}"`);
    rest = rest.slice(1);
    const args: number[] = [];
    for (;;) {
      rest = rest.replace(/^[\s,]+/, "");
      // Arc flags may be written without separators.
      const match = rest.match(NUMBER);
      if (!match) break;
      args.push(Number(match[0]));
      rest = rest.slice(match[0].length);
    }
    const count = ARGUMENTS[command.toLowerCase()]!;
    if (count === 0 ? args.length !== 0 : args.length === 0 || args.length % count !== 0) {
      throw new Error(`${command} has ${args.length} arguments`);
    }
    out.push({ command, args });
  }
  return out;
}

describe("facility types", () => {
  it("lists the ten types in catalogue order", () => {
    expect(FACILITY_TYPE_CODES).toEqual([
      "huisarts", "apotheek", "supermarkt", "basisschool", "kinderopvang",
      "buurthuis", "sportaccommodatie", "bibliotheek", "bushalte", "speelplek",
    ]);
    expect(facilityTypes().map((type) => type.code)).toEqual([...FACILITY_TYPE_CODES]);
  });

  it("recognises codes and nothing else", () => {
    expect(isFacilityTypeCode("huisarts")).toBe(true);
    expect(isFacilityTypeCode("Huisarts")).toBe(false);
    expect(isFacilityTypeCode("toString")).toBe(false);
    expect(isFacilityTypeCode(3)).toBe(false);
  });

  it("gives every type names in both languages", () => {
    for (const code of FACILITY_TYPE_CODES) {
      const type = facilityType(code);
      expect(type.code).toBe(code);
      for (const name of [type.nameNl, type.nameEn, type.pluralNl, type.pluralEn]) expect(name.trim()).not.toBe("");
      expect(type.pluralNl).not.toBe(type.nameNl);
    }
    expect(facilityType("huisarts").pluralNl).toBe("huisartsen");
  });

  it("gives every type a distinct icon of valid path data inside the 24 × 24 box", () => {
    const icons = new Set<string>();
    for (const { code, icon } of facilityTypes()) {
      const commands = parsePath(icon);
      expect(commands[0]?.command, code).toBe("M");
      // Absolute coordinates (M, L, H, V endpoints) stay within the viewBox.
      for (const { command, args } of commands) {
        if (command === "M" || command === "L") for (const value of args) expect(value, code).toBeGreaterThanOrEqual(0);
        if (command === "M" || command === "L" || command === "H" || command === "V") {
          for (const value of args) expect(value, code).toBeLessThanOrEqual(24);
        }
      }
      icons.add(icon);
    }
    expect(icons.size).toBe(FACILITY_TYPE_CODES.length);
  });
});
