import { describe, expect, it } from "vitest";
import { parseDownloadQuery } from "@/lib/downloads/download-query.ts";
import { routes } from "@/lib/routes.ts";

const parse = (query: string) => parseDownloadQuery(new URLSearchParams(query));

describe("parseDownloadQuery", () => {
  it("reads indicator, year and format", () => {
    expect(parse("indicator=wmo_totaal&jaar=2024&formaat=csv")).toEqual({ indicator: "wmo_totaal", jaar: 2024, formaat: "csv" });
    expect(parse("formaat=geojson&jaar=2023&indicator=inkomen_tot_120_sm")).toEqual({ indicator: "inkomen_tot_120_sm", jaar: 2023, formaat: "geojson" });
  });

  it("reads what routes.download writes", () => {
    const href = routes.download("nl", { indicator: "bijstand", jaar: 2024, formaat: "geojson" });
    expect(href).toBe("/nl/kaart/download?indicator=bijstand&jaar=2024&formaat=geojson");
    expect(parseDownloadQuery(new URL(href, "http://localhost").searchParams)).toEqual({ indicator: "bijstand", jaar: 2024, formaat: "geojson" });
    expect(routes.download("en")).toBe("/en/kaart/download");
  });

  it("refuses a query with anything missing, repeated, unknown or malformed", () => {
    for (const bad of [
      "",
      "indicator=bijstand&jaar=2024",
      "indicator=bijstand&formaat=csv",
      "jaar=2024&formaat=csv",
      "indicator=bijstand&jaar=2024&formaat=xlsx",
      "indicator=bijstand&jaar=2024&formaat=CSV",
      "indicator=bijstand&jaar=twee&formaat=csv",
      "indicator=bijstand&jaar=2024.0&formaat=csv",
      "indicator=bijstand&jaar=%202024&formaat=csv",
      "indicator=bijstand&jaar=0x7e8&formaat=csv",
      "indicator=bijstand&jaar=1800&formaat=csv",
      "indicator=bijstand&jaar=&formaat=csv",
      "indicator=Bijstand&jaar=2024&formaat=csv",
      "indicator=%3Cscript%3E&jaar=2024&formaat=csv",
      `indicator=${"a".repeat(65)}&jaar=2024&formaat=csv`,
      "indicator=a&indicator=b&jaar=2024&formaat=csv",
      "indicator=bijstand&jaar=2024&jaar=2023&formaat=csv",
      "indicator=bijstand&jaar=2024&formaat=csv&sorteer=waarde",
      "indicator=bijstand&jaar=2024&formaat=csv&onbekend=1",
    ]) {
      expect(parse(bad), bad).toBeNull();
    }
  });
});
