import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CatalogueSchema } from "@/lib/indicators/catalogue-schema.ts";

const FILE = path.resolve("prisma/seed/indicator-catalogue.json");
const catalogue = CatalogueSchema.parse(JSON.parse(fs.readFileSync(FILE, "utf8")));
const THEMES = ["demografie", "vergrijzing", "zorg", "inkomen", "jeugd", "wonen", "voorzieningen"];

const base = (code: string) => catalogue.basePopulations.find((b) => b.code === code)!;
const set = (code: string) => catalogue.categorySets.find((s) => s.code === code)!;
const indicator = (code: string) => catalogue.indicators.find((i) => i.code === code);

describe("the shipped indicator catalogue", () => {
  it("is valid against the catalogue schema", () => {
    expect(() => CatalogueSchema.parse(JSON.parse(fs.readFileSync(FILE, "utf8")))).not.toThrow();
  });

  it("has 45–55 indicators over all seven themes", () => {
    expect(catalogue.indicators.length).toBeGreaterThanOrEqual(45);
    expect(catalogue.indicators.length).toBeLessThanOrEqual(55);
    expect(catalogue.themes.map((t) => t.code).sort()).toEqual([...THEMES].sort());
    for (const theme of THEMES) expect(catalogue.indicators.filter((i) => i.theme === theme).length, theme).toBeGreaterThanOrEqual(5);
  });

  it("names and defines everything in Dutch and in English", () => {
    const texts = [
      ...catalogue.themes.map((t) => t.name),
      ...catalogue.categorySets.flatMap((s) => [s.name, ...s.categories.map((c) => c.name)]),
      ...catalogue.basePopulations.map((b) => b.name),
      ...catalogue.indicators.flatMap((i) => [i.name, i.definition, i.source]),
    ];
    for (const text of texts) {
      expect(text.nl.trim(), JSON.stringify(text)).not.toBe("");
      expect(text.en.trim(), JSON.stringify(text)).not.toBe("");
    }
    for (const i of catalogue.indicators) {
      expect(i.name.nl, i.code).not.toBe(i.name.en);
      expect(i.definition.nl, i.code).not.toBe(i.definition.en);
    }
  });

  it("states the reference date or period in every definition", () => {
    for (const i of catalogue.indicators) {
      expect(i.definition.nl, i.code).toMatch(/1 januari/);
      expect(i.definition.en, i.code).toMatch(/1 January/);
    }
  });

  it("keeps few base populations and category sets, with four age bands for all inhabitants", () => {
    expect(catalogue.basePopulations.length).toBeLessThanOrEqual(8);
    expect(catalogue.categorySets.length).toBeLessThanOrEqual(5);
    const inhabitants = base("inwoners");
    expect(inhabitants.unit).toBe("persons");
    expect(set(inhabitants.categorySet!).categories.map((c) => c.code)).toEqual(["0-17", "18-64", "65-74", "75+"]);
    for (const b of catalogue.basePopulations) {
      expect(catalogue.indicators.some((i) => i.base === b.code), `${b.code} is used`).toBe(true);
    }
  });

  it("publishes the most sensitive indicators only per wijk and for the gemeente", () => {
    for (const code of ["beschermd_wonen", "maatschappelijke_opvang", "jeugdbescherming"]) {
      expect(indicator(code)?.levels.sort(), code).toEqual(["GEMEENTE", "WIJK"]);
    }
  });

  it("has the indicators the municipality asked for", () => {
    const wanted = [
      "inwoners_85plus",
      "alleenwonend_75plus",
      "wmo_totaal",
      "wmo_hulp_huishouden",
      "wmo_begeleiding",
      "wmo_dagbesteding",
      "wmo_hulpmiddelen",
      "wmo_scootmobiel",
      "wmo_woningaanpassing",
      "wmo_vervoer",
      "bijstand",
      "bijstand_langdurig",
      "laag_inkomen",
      "inkomen_tot_110_sm",
      "inkomen_tot_120_sm",
      "schuldhulpverlening",
      "bijzondere_bijstand",
      "minimaregelingen",
      "kwijtschelding",
      "jeugdhulp_totaal",
      "jeugdhulp_met_verblijf",
      "jeugdhulp_zonder_verblijf",
      "kinderen_in_bijstandsgezin",
      "kinderen_laag_inkomen",
      "voortijdig_schoolverlaters",
      "huurtoeslag",
      "urgentieaanvragen",
      "overbewoning",
      "huisarts_ver_75plus",
      "basisschool_ver",
      "bushalte_ver",
      "supermarkt_ver",
    ];
    expect(wanted.filter((code) => !indicator(code))).toEqual([]);
  });

  it("links only to CBS keys that exist in the Kerncijfers wijken en buurten", () => {
    const fields = fs.readFileSync(path.resolve("../shared/data/kwb_85984NED_2024_fields.csv"), "utf8");
    const keys = new Set(fields.split("\n").map((line) => line.split(",")[0]!.replace(/_\d+$/, "")));
    const linked = catalogue.indicators.filter((i) => i.cbsKey !== null);
    expect(linked.map((i) => i.cbsKey)).toEqual(expect.arrayContaining(["WmoClienten", "PersonenPerSoortUitkeringBijstand", "JongerenMetJeugdzorgInNatura"]));
    for (const i of linked) expect(keys.has(i.cbsKey!), `${i.code}: ${i.cbsKey}`).toBe(true);
  });
});
