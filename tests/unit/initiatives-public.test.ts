import { describe, expect, it } from "vitest";
import { initiativeCountClass } from "@/lib/initiatives/initiative-count-classes.ts";
import { initiativesFilter, parseInitiativesQuery } from "@/lib/initiatives/initiatives-query.ts";
import { queryNotFound } from "@/lib/routing/query-not-found.ts";
import { notFoundPath } from "@/lib/routing/not-found-path.ts";
import { initiativeCardText } from "@/lib/share/initiative-card-text.ts";
import { translatorFor } from "./support/translator.ts";

describe("the initiatives page's query", () => {
  it("reads the filters, treats the form's empty 'all' as no filter, and upper-cases a buurt code", () => {
    expect(parseInitiativesQuery({})).toEqual({});
    expect(parseInitiativesQuery({ buurt: "", categorie: "", status: "" })).toEqual({});
    const query = parseInitiativesQuery({ buurt: "bu19910101", categorie: "groen", status: "in-uitvoering", sorteer: "titel", volgorde: "af" })!;
    expect(query).toEqual({ buurt: "BU19910101", categorie: "groen", status: "in-uitvoering", sorteer: "titel", volgorde: "af" });
    expect(initiativesFilter(query)).toEqual({ buurtCode: "BU19910101", category: "groen", status: "IN_PROGRESS" });
  });

  it.each([{ status: "ingediend" }, { status: "afgewezen" }, { categorie: "reclame" }, { buurt: "WK199101" }, { sorteer: "email" }, { x: "1" }, { buurt: ["BU19910101", "BU19910102"] }])(
    "refuses %o: no unpublished status, no unknown choice",
    (params) => {
      expect(parseInitiativesQuery(params)).toBeNull();
    },
  );

  it("sends an unknown buurt or a malformed query to the not-found page", async () => {
    const known = { mapChoice: async () => true, buurt: async (code: string) => code === "BU19910101" };
    const check = (url: string) => {
      const parsed = new URL(url, "http://localhost");
      return queryNotFound(parsed.pathname, parsed.searchParams, known);
    };
    expect(await check("/nl/initiatieven")).toBeUndefined();
    expect(await check("/nl/initiatieven?buurt=BU19910101&categorie=&status=gepubliceerd")).toBeUndefined();
    expect(await check("/nl/initiatieven?buurt=BU19919999")).toBe("/nl/_niet-gevonden");
    expect(await check("/en/initiatieven?status=ingediend")).toBe("/en/_niet-gevonden");
  });
});

describe("an initiative's address", () => {
  const asked: number[] = [];
  const known = {
    buurt: async () => true,
    ambition: async () => true,
    initiative: async (id: number) => (asked.push(id), id === 7),
  };

  it("lets a published initiative and its card through, and the pages beside them", async () => {
    expect(await notFoundPath("/nl/initiatieven/7", known)).toBeUndefined();
    expect(await notFoundPath("/en/initiatieven/7/deelbeeld", known)).toBeUndefined();
    asked.length = 0;
    for (const path of ["/nl/initiatieven", "/nl/initiatieven/nieuw", "/nl/initiatieven/status", "/en/initiatieven/afmelden"]) {
      expect(await notFoundPath(path, known), path).toBeUndefined();
    }
    expect(asked).toEqual([]);
  });

  it("answers an unpublished or unknown id, and anything that is no id, with not found", async () => {
    expect(await notFoundPath("/nl/initiatieven/8", known)).toBe("/nl/_niet-gevonden");
    expect(await notFoundPath("/en/initiatieven/8/deelbeeld", known)).toBe("/en/_niet-gevonden");
    asked.length = 0;
    for (const path of ["/nl/initiatieven/007", "/nl/initiatieven/abc", "/nl/initiatieven/-1", `/nl/initiatieven/${"9".repeat(12)}`, "/nl/initiatieven/nieuw/deelbeeld"]) {
      expect(await notFoundPath(path, known), path).toBe("/nl/_niet-gevonden");
    }
    expect(asked).toEqual([]);
  });
});

describe("the initiatives map's classes", () => {
  it("groups counts into none, one, a few and many", () => {
    expect([0, 1, 2, 3, 4, 40].map((count) => initiativeCountClass(count).mapClass)).toEqual([1, 2, 3, 3, 4, 4]);
  });
});

describe("an initiative's share card text", () => {
  const initiative = { title: "Moestuin achter het buurthuis (demo)", category: "groen", status: "IN_PROGRESS" as const, buurtName: "Centrum", wijkName: "Uden", isDemo: true };

  it("says what the page says at the top, in both languages, and marks the demo", () => {
    expect(initiativeCardText(initiative, "Maashorst", "nl", translatorFor("nl"))).toEqual({
      siteName: "Buurtbeeld Maashorst",
      title: "Moestuin achter het buurthuis (demo)",
      subtitle: "Initiatief in Centrum, wijk Uden",
      status: "Status: In uitvoering",
      category: "Groen en natuur",
      demo: "Demogegevens: dit initiatief is verzonnen",
    });
    const en = initiativeCardText({ ...initiative, isDemo: false, wijkName: null }, "Maashorst", "en", translatorFor("en"));
    expect(en).toMatchObject({ subtitle: "Initiative in Centrum, Maashorst", status: "Status: In progress", category: "Greenery and nature", demo: null });
  });
});
