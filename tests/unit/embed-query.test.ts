import { describe, expect, it } from "vitest";
import { FRAME_SIZE, parseEmbedQuery, readEmbedForm } from "@/lib/embed/embed-query.ts";

const OFFER = {
  indicators: ["bijstand", "wmo", "jeugdzorg"],
  defaultIndicator: "bijstand",
  years: [2023, 2024],
  buurten: ["BU19910101", "BU19910102"],
};

const choose = (params: Record<string, string | string[] | undefined>) => readEmbedForm(params, OFFER);

describe("readEmbedForm", () => {
  it("start a fresh form with the map of the default indicator, the newest year and a size that suits it", () => {
    expect(choose({})).toEqual({
      query: { soort: "kaart", indicator: undefined, jaar: undefined, buurt: undefined, breedte: 600, hoogte: 560 },
      choice: { kind: "kaart", indicator: "bijstand", jaar: undefined, breedte: 600, hoogte: 560 },
      problems: [],
    });
  });

  it("take a map of a chosen indicator and year in a chosen size", () => {
    expect(choose({ soort: "kaart", indicator: "wmo", jaar: "2023", buurt: "BU19910102", breedte: "320", hoogte: " 300 " }).choice).toEqual({
      kind: "kaart",
      indicator: "wmo",
      jaar: 2023,
      breedte: 320,
      hoogte: 300,
    });
  });

  it("take a buurt card, with the code as the form or a hand-typed URL gives it", () => {
    expect(choose({ soort: "buurt", indicator: "wmo", jaar: "", buurt: "bu19910102", breedte: "", hoogte: "" })).toMatchObject({
      choice: { kind: "buurt", buurt: "BU19910102", breedte: 360, hoogte: 420 },
      problems: [],
    });
    expect(choose({ soort: "buurt" }).choice).toEqual({ kind: "buurt", buurt: "BU19910101", breedte: 360, hoogte: 420 });
  });

  it("treat an empty field as not filled in: the year means the newest", () => {
    expect(choose({ soort: "kaart", indicator: "", jaar: "" })).toMatchObject({ choice: { kind: "kaart", indicator: "bijstand", jaar: undefined }, problems: [] });
  });

  it.each([
    [{ soort: "lijst" }, ["soort"]],
    [{ indicator: "<script>" }, ["indicator"]],
    [{ jaar: "twintig" }, ["jaar"]],
    [{ jaar: "2024.5" }, ["jaar"]],
    [{ buurt: "WK199101" }, ["buurt"]],
    [{ breedte: "abc" }, ["breedte"]],
    [{ breedte: String(FRAME_SIZE.min - 1) }, ["breedte"]],
    [{ hoogte: String(FRAME_SIZE.max + 1) }, ["hoogte"]],
    [{ hoogte: "-400" }, ["hoogte"]],
    [{ breedte: ["300", "400"] }, ["breedte"]],
    [{ soort: "kaart", breedte: "10", hoogte: "1e9", jaar: "x" }, ["jaar", "breedte", "hoogte"]],
  ] as const)("name every malformed field of %j, and show no widget", (params, fields) => {
    const result = choose(params as Record<string, string | string[]>);
    expect(result.problems).toEqual(fields);
    expect(result.choice).toBeNull();
  });

  it("keep the well-formed fields when another one is wrong, and give the wrong one its default", () => {
    const { query, problems } = parseEmbedQuery({ soort: "buurt", buurt: "BU19910102", breedte: "abc", hoogte: "500" });
    expect(problems).toEqual(["breedte"]);
    expect(query).toEqual({ soort: "buurt", indicator: undefined, jaar: undefined, buurt: "BU19910102", breedte: 360, hoogte: 500 });
  });

  it.each([
    [{ indicator: "ouderen" }, ["indicator"]],
    [{ jaar: "2019" }, ["jaar"]],
    [{ soort: "buurt", buurt: "BU19919999" }, ["buurt"]],
    // Every field the form sends is checked, also those the chosen kind does not use.
    [{ soort: "kaart", buurt: "BU19919999" }, ["buurt"]],
  ] as const)("name what the release does not have in %j, and show no widget", (params, fields) => {
    const result = choose(params);
    expect(result.problems).toEqual(fields);
    expect(result.choice).toBeNull();
  });

  it("has no buurt card to offer when there are no buurten", () => {
    expect(readEmbedForm({ soort: "buurt" }, { ...OFFER, buurten: [] })).toMatchObject({ choice: null, problems: [] });
  });
});
