import { describe, expect, it } from "vitest";
import { routes, switchLocale } from "@/lib/routes.ts";

describe("switchLocale", () => {
  it("swaps the locale of a page and keeps the rest of the path", () => {
    expect(switchLocale("/nl/buurten/BU19910101", "en")).toBe("/en/buurten/BU19910101");
    expect(switchLocale("/en/toegankelijkheid", "nl")).toBe("/nl/toegankelijkheid");
    expect(switchLocale("/nl/privacy", "en")).toBe("/en/privacy");
  });

  it("swaps the locale of the home page", () => {
    expect(switchLocale("/nl", "en")).toBe("/en");
    expect(switchLocale("/en", "nl")).toBe("/nl");
  });

  it("gives the same path for the current locale", () => {
    expect(switchLocale("/nl/buurten/BU19910101", "nl")).toBe("/nl/buurten/BU19910101");
  });

  it("does not mistake a longer first segment for a locale", () => {
    expect(switchLocale("/nlx/buurten", "en")).toBe("/en/nlx/buurten");
    expect(switchLocale("/buurten/BU19910101", "en")).toBe("/en/buurten/BU19910101");
  });

  it("only replaces the first segment", () => {
    expect(switchLocale("/nl/en/nl", "en")).toBe("/en/en/nl");
  });

  it("round-trips with the routes", () => {
    const page = routes.buurt("nl", "BU19910101");
    expect(switchLocale(switchLocale(page, "en"), "nl")).toBe(page);
    expect(switchLocale(routes.home("nl"), "en")).toBe(routes.home("en"));
    expect(switchLocale(routes.privacy("en"), "nl")).toBe(routes.privacy("nl"));
    expect(switchLocale(routes.accessibility("nl"), "en")).toBe(routes.accessibility("en"));
  });
});

describe("routes", () => {
  it("are the public URLs", () => {
    expect(routes.home("nl")).toBe("/nl");
    expect(routes.buurt("en", "BU19910101")).toBe("/en/buurten/BU19910101");
    expect(routes.accessibility("nl")).toBe("/nl/toegankelijkheid");
    expect(routes.privacy("nl")).toBe("/nl/privacy");
  });
});

describe("share card routes", () => {
  it("puts a buurt's card under its page and the map's card under the map, choice in the query", () => {
    expect(routes.buurtCard("en", "BU19910101")).toBe(`${routes.buurt("en", "BU19910101")}/deelbeeld`);
    expect(routes.mapCard("nl", { indicator: "bijstand", jaar: 2024 })).toBe("/nl/kaart/deelbeeld?indicator=bijstand&jaar=2024");
    expect(routes.mapCard("nl")).toBe("/nl/kaart/deelbeeld");
  });
});
