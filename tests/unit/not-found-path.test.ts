import { describe, expect, it } from "vitest";
import { notFoundContext } from "@/lib/not-found-context.ts";
import { queryNotFound } from "@/lib/routing/query-not-found.ts";
import { notFoundPath } from "@/lib/routing/not-found-path.ts";

const known = new Set(["BU19910101"]);
const lookups: string[] = [];
const isKnownBuurt = async (code: string) => (lookups.push(code), known.has(code));
const isKnownAmbition = async (id: string) => (lookups.push(id), id === "natuurgebied-de-maashorst");
const knownAreas = { buurt: isKnownBuurt, ambition: isKnownAmbition };

describe("notFoundPath", () => {
  it("lets a known buurt and every other page through", async () => {
    expect(await notFoundPath("/nl/buurten/BU19910101", knownAreas)).toBeUndefined();
    expect(await notFoundPath("/en", knownAreas)).toBeUndefined();
    expect(await notFoundPath("/en/privacy", knownAreas)).toBeUndefined();
  });

  it("treats a buurt's share card like its page: there for a known code, not found for any other", async () => {
    lookups.length = 0;
    expect(await notFoundPath("/nl/buurten/BU19910101/deelbeeld", knownAreas)).toBeUndefined();
    expect(await notFoundPath("/en/buurten/bu19910101/deelbeeld", knownAreas)).toBeUndefined();
    expect(lookups).toEqual(["BU19910101", "BU19910101"]);
    expect(await notFoundPath("/en/buurten/BU99999999/deelbeeld", knownAreas)).toBe("/en/_niet-gevonden");
    lookups.length = 0;
    expect(await notFoundPath("/nl/buurten/abc/deelbeeld", knownAreas)).toBe("/nl/_niet-gevonden");
    expect(lookups).toEqual([]);
  });

  it("lets the map's share card through to its own check of the query", async () => {
    expect(await notFoundPath("/nl/kaart/deelbeeld", knownAreas)).toBeUndefined();
  });

  it("treats a buurt's embed card like its page: there for a known code, not found for any other", async () => {
    lookups.length = 0;
    expect(await notFoundPath("/nl/insluiten/buurten/BU19910101", knownAreas)).toBeUndefined();
    expect(await notFoundPath("/en/insluiten/buurten/bu19910101/", knownAreas)).toBeUndefined();
    expect(lookups).toEqual(["BU19910101", "BU19910101"]);
    expect(await notFoundPath("/en/insluiten/buurten/BU99999999", knownAreas)).toBe("/en/_niet-gevonden");
    lookups.length = 0;
    expect(await notFoundPath("/nl/insluiten/buurten/%3Cscript%3E", knownAreas)).toBe("/nl/_niet-gevonden");
    expect(await notFoundPath("/nl/insluiten/buurten/WK199101", knownAreas)).toBe("/nl/_niet-gevonden");
    expect(await notFoundPath("/nl/insluiten/buurten/BU19910101%00", knownAreas)).toBe("/nl/_niet-gevonden");
    expect(lookups).toEqual([]);
  });

  it("lets the snippet generator and the map widget through to their own checks", async () => {
    lookups.length = 0;
    expect(await notFoundPath("/nl/insluiten", knownAreas)).toBeUndefined();
    expect(await notFoundPath("/en/insluiten/kaart", knownAreas)).toBeUndefined();
    // Not a route at all: left to the router's own 404, without asking the database.
    expect(await notFoundPath("/nl/insluiten/buurten/BU19910101/deelbeeld", knownAreas)).toBeUndefined();
    expect(lookups).toEqual([]);
  });

  it("sends an unknown but well-formed code to the not-found page of its language", async () => {
    expect(await notFoundPath("/en/buurten/BU99999999", knownAreas)).toBe("/en/_niet-gevonden");
  });

  it("lets a lower-case code through to be redirected, and asks about it in canonical form", async () => {
    lookups.length = 0;
    expect(await notFoundPath("/nl/buurten/bu19910101", knownAreas)).toBeUndefined();
    expect(lookups).toEqual(["BU19910101"]);
  });

  it.each(["/nl/buurten/%3Cscript%3E", "/nl/buurten/abc", `/nl/buurten/${"9".repeat(300)}`, "/nl/buurten/WK199101"])(
    "refuses the malformed code in %s without a database lookup",
    async (path) => {
      lookups.length = 0;
      expect(await notFoundPath(path, knownAreas)).toBe("/nl/_niet-gevonden");
      expect(lookups).toEqual([]);
    },
  );

  it.each(["/nl/buurten/%ZZ", "/en/%E0%A4%A", "/nl/buurten/BU19910101%00", "/nl/buurten/BU19910101%0A"])(
    "refuses the undecodable or control-character path %s",
    async (path) => {
      expect(await notFoundPath(path, knownAreas)).toMatch(/^\/(nl|en)\/_niet-gevonden$/);
    },
  );

  it("lets a stored ambition through and refuses an unknown or malformed id", async () => {
    lookups.length = 0;
    expect(await notFoundPath("/nl/omgevingsvisie/natuurgebied-de-maashorst", knownAreas)).toBeUndefined();
    expect(await notFoundPath("/en/omgevingsvisie/nergens", knownAreas)).toBe("/en/_niet-gevonden");
    expect(lookups).toEqual(["natuurgebied-de-maashorst", "nergens"]);
    expect(await notFoundPath("/nl/omgevingsvisie/%3Cscript%3E", knownAreas)).toBe("/nl/_niet-gevonden");
    expect(await notFoundPath(`/nl/omgevingsvisie/${"a".repeat(81)}`, knownAreas)).toBe("/nl/_niet-gevonden");
    expect(lookups).toHaveLength(2);
    expect(await notFoundPath("/nl/omgevingsvisie", knownAreas)).toBeUndefined();
  });

  it("keeps the visitor's language, and falls back to Dutch", async () => {
    expect(await notFoundPath("/en/%ZZ", knownAreas)).toBe("/en/_niet-gevonden");
    expect(await notFoundPath("/%ZZ", knownAreas)).toBe("/nl/_niet-gevonden");
  });
});

describe("notFoundContext", () => {
  it("names the asked code as text, and only printable text", () => {
    expect(notFoundContext("/en/buurten/BU99999999")).toEqual({ locale: "en", askedCode: "BU99999999" });
    expect(notFoundContext("/nl/buurten/%3Cscript%3E").askedCode).toBe("<script>");
    expect(notFoundContext("/nl/buurten/%ZZ").askedCode).toBeUndefined();
    expect(notFoundContext("/nl/buurten/a%00b").askedCode).toBeUndefined();
    expect(notFoundContext("/de/iets")).toEqual({ locale: "nl", askedCode: undefined });
    expect(notFoundContext("/en/insluiten/buurten/BU99999999")).toEqual({ locale: "en", askedCode: "BU99999999" });
  });
});

describe("queryNotFound", () => {
  const asked: unknown[] = [];
  const isKnownBuurt = async (code: string) => (asked.push(code), code === "BU19910101" || code === "BU19910102");
  const isKnownMapChoice = async (choice: { indicator?: string; year?: number }) =>
    (asked.push(choice), (choice.indicator ?? "wmo") === "wmo" && (choice.year ?? 2024) === 2024);
  const check = (url: string) => {
    const parsed = new URL(url, "http://localhost");
    return queryNotFound(parsed.pathname, parsed.searchParams, { mapChoice: isKnownMapChoice, buurt: isKnownBuurt });
  };

  it("lets the map through without a choice, and with a choice the release has", async () => {
    expect(await check("/nl/kaart")).toBeUndefined();
    // The map's share card answers a bad choice itself, with a plain 404 image response.
    expect(await check("/nl/kaart/deelbeeld?indicator=bijstand")).toBeUndefined();
    expect(await check("/en/kaart?indicator=wmo&jaar=2024&sorteer=waarde&volgorde=af")).toBeUndefined();
    expect(await check("/nl/buurten/BU19910101?indicator=nope")).toBeUndefined();
  });

  it("sends a choice the release does not have to the not-found page of its language", async () => {
    expect(await check("/en/kaart?indicator=bijstand")).toBe("/en/_niet-gevonden");
    expect(await check("/nl/kaart?jaar=2019")).toBe("/nl/_niet-gevonden");
  });

  it.each(["jaar=twee", "indicator=%3Cscript%3E", "indicator=wmo&indicator=wmo", "sorteer=kleur", "x=1"])(
    "refuses the malformed query %s without a database lookup",
    async (query) => {
      asked.length = 0;
      expect(await check(`/nl/kaart?${query}`)).toBe("/nl/_niet-gevonden");
      expect(asked).toEqual([]);
    },
  );

  it("checks the map widget's choice as the map's, with its own view switch", async () => {
    expect(await check("/nl/insluiten/kaart")).toBeUndefined();
    expect(await check("/en/insluiten/kaart?indicator=wmo&jaar=2024")).toBeUndefined();
    expect(await check("/nl/insluiten/kaart?indicator=wmo&weergave=tabel")).toBeUndefined();
    expect(await check("/nl/insluiten/kaart?weergave=kaart")).toBeUndefined();
    expect(await check("/en/insluiten/kaart?indicator=bijstand")).toBe("/en/_niet-gevonden");
    expect(await check("/nl/insluiten/kaart?jaar=2019")).toBe("/nl/_niet-gevonden");
  });

  it.each(["weergave=lijst", "sorteer=waarde", "indicator=%3Cscript%3E", "jaar=2024&jaar=2024", "breedte=300"])(
    "refuses the malformed map widget query %s without a database lookup",
    async (query) => {
      asked.length = 0;
      expect(await check(`/nl/insluiten/kaart?${query}`)).toBe("/nl/_niet-gevonden");
      expect(asked).toEqual([]);
    },
  );

  it("leaves the snippet generator's query to the page, which explains what is wrong", async () => {
    expect(await check("/nl/insluiten?soort=iets&breedte=abc")).toBeUndefined();
  });

  it("checks the stacking page's year and the overlap page's two indicators against the release", async () => {
    expect(await check("/nl/kaart/stapeling")).toBeUndefined();
    expect(await check("/nl/kaart/stapeling?jaar=2024&sorteer=aantal&volgorde=af")).toBeUndefined();
    expect(await check("/nl/kaart/stapeling?jaar=2019")).toBe("/nl/_niet-gevonden");
    expect(await check("/nl/kaart/stapeling?indicator=wmo")).toBe("/nl/_niet-gevonden");
    expect(await check("/en/kaart/overlap?eerste=wmo&jaar=2024")).toBeUndefined();
    expect(await check("/en/kaart/overlap?eerste=wmo&tweede=bijstand")).toBe("/en/_niet-gevonden");
    expect(await check("/en/kaart/overlap?eerste=wmo&tweede=wmo")).toBe("/en/_niet-gevonden");
  });

  it("lets a comparison of up to four known buurten through, empty selects included", async () => {
    expect(await check("/nl/vergelijk")).toBeUndefined();
    expect(await check("/nl/vergelijk?buurt=BU19910101&buurt=bu19910102&buurt=&buurt=")).toBeUndefined();
    expect(await check("/nl/vergelijk?buurt=BU19910101&buurt=BU19919999")).toBe("/nl/_niet-gevonden");
    expect(await check("/nl/vergelijk?buurt=BU19910101&buurt=BU19910101")).toBe("/nl/_niet-gevonden");
    expect(await check("/nl/vergelijk?buurt=1&buurt=2&buurt=3&buurt=4&buurt=5")).toBe("/nl/_niet-gevonden");
    expect(await check("/nl/vergelijk?buurt=BU19910101&wijk=WK199101")).toBe("/nl/_niet-gevonden");
  });
});
