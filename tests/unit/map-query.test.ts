import { describe, expect, it } from "vitest";
import { parseMapQuery } from "@/lib/maps/map-query.ts";
import { routes } from "@/lib/routes.ts";

describe("parseMapQuery", () => {
  it("reads indicator, year and sort order", () => {
    expect(parseMapQuery({ indicator: "wmo_totaal", jaar: "2024", sorteer: "waarde", volgorde: "af" })).toEqual({
      indicator: "wmo_totaal",
      jaar: 2024,
      sorteer: "waarde",
      volgorde: "af",
    });
    expect(parseMapQuery({})).toEqual({});
  });

  it("refuses the whole query when any part is not a choice the map offers", () => {
    for (const bad of [
      { indicator: "Wmo totaal" },
      { indicator: "<script>" },
      { jaar: "twee" },
      { jaar: "2024.5" },
      { sorteer: "kleur" },
      { volgorde: "omhoog" },
      { indicator: ["a", "b"] },
      { onbekend: "1" },
    ]) {
      expect(parseMapQuery(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe("routes.map", () => {
  it("puts the choice in the query and leaves out what is not chosen", () => {
    expect(routes.map("nl")).toBe("/nl/kaart");
    expect(routes.map("en", { indicator: "bijstand", jaar: 2024, sorteer: undefined })).toBe("/en/kaart?indicator=bijstand&jaar=2024");
  });
});
