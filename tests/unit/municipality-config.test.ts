import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gemeenteNumber, MunicipalityConfigError, parseMunicipalityConfig } from "@/lib/config/municipality-config.ts";

const SOURCE = "municipality.config.json";
const realText = fs.readFileSync(path.resolve("municipality.config.json"), "utf8");
const real = JSON.parse(realText) as Record<string, unknown> & { colors: Record<string, string> };

/** The real configuration with some fields changed (undefined removes a field). */
function variant(change: Record<string, unknown>, colors: Record<string, string> = {}): string {
  const config: Record<string, unknown> = { ...real, ...change, colors: { ...real.colors, ...colors } };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete config[key];
  return JSON.stringify(config);
}

/** The error message, or fails when the configuration is accepted. */
function refusal(text: string): string {
  try {
    parseMunicipalityConfig(text, SOURCE);
  } catch (error) {
    expect(error).toBeInstanceOf(MunicipalityConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a MunicipalityConfigError, but the configuration was accepted");
}

describe("parseMunicipalityConfig", () => {
  it("accepts the real configuration of Maashorst", () => {
    const config = parseMunicipalityConfig(realText, SOURCE);
    expect(config).toMatchObject({ gemeenteCode: "GM1991", name: "Maashorst", areaYear: 2022 });
    expect(gemeenteNumber(config)).toBe("1991");
  });

  it("refuses text that is not JSON and names the file", () => {
    const message = refusal("{ gemeenteCode: GM1991 ");
    expect(message).toContain(SOURCE);
    expect(message).toMatch(/not valid JSON/);
  });

  it("refuses a JSON value that is not an object", () => {
    expect(refusal("[]")).toContain(SOURCE);
  });

  it.each(["1991", "GM19", "gm1991", "GM19911", "BU19910101"])("refuses the gemeentecode %j, naming the field", (code) => {
    expect(refusal(variant({ gemeenteCode: code }))).toMatch(/gemeenteCode: .*GM1991/);
  });

  it.each(["red", "#fff", "00594f", "#00594g", "#00594f80"])("refuses the colour %j, naming the field", (colour) => {
    expect(refusal(variant({}, { accent: colour }))).toMatch(/colors\.accent: must be a colour/);
  });

  it("refuses an unknown extra key", () => {
    expect(refusal(variant({ logo: "logo.svg" }))).toContain('"logo"');
  });

  it("refuses an unknown colour key", () => {
    expect(refusal(variant({}, { background: "#ffffff" }))).toContain('"background"');
  });

  it("refuses a configuration without a name, or with only blanks as name", () => {
    expect(refusal(variant({ name: undefined }))).toMatch(/^\s*- name: /m);
    expect(refusal(variant({ name: "   " }))).toMatch(/^\s*- name: /m);
  });

  it("refuses a missing or impossible areaYear", () => {
    expect(refusal(variant({ areaYear: undefined }))).toMatch(/areaYear: /);
    expect(refusal(variant({ areaYear: 2022.5 }))).toMatch(/areaYear: /);
    expect(refusal(variant({ areaYear: 1850 }))).toMatch(/areaYear: /);
  });

  it("refuses a website that is not an http(s) URL", () => {
    expect(refusal(variant({ website: "ftp://www.gemeentemaashorst.nl" }))).toMatch(/website: /);
    expect(refusal(variant({ website: "gemeentemaashorst" }))).toMatch(/website: /);
  });

  it("draws the interactive map without a basemap unless one is configured over https", () => {
    expect(parseMunicipalityConfig(realText, SOURCE).map.basemap).toBeNull();
    const pdok = { style: "https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/styles/standaard__webmercatorquad?f=mapbox", attribution: "Kadaster / PDOK" };
    const config = parseMunicipalityConfig(variant({ map: { basemap: pdok } }), SOURCE);
    expect(config.map.basemap).toEqual({ ...pdok, origins: [] });
    expect(refusal(variant({ map: { basemap: { ...pdok, style: "http://tiles.example/style.json" } } }))).toMatch(/map\.basemap\.style: /);
    expect(refusal(variant({ map: { basemap: { style: pdok.style } } }))).toMatch(/map\.basemap\.attribution: /);
    expect(refusal(variant({ map: { tiles: "x" } }))).toMatch(/map: /);
  });

  it("takes an https siteUrl for absolute links in meta tags, and nothing else", () => {
    expect(parseMunicipalityConfig(realText, SOURCE).siteUrl).toBeUndefined();
    expect(parseMunicipalityConfig(variant({ siteUrl: "https://buurtbeeld.example.nl" }), SOURCE).siteUrl).toBe("https://buurtbeeld.example.nl");
    expect(refusal(variant({ siteUrl: "http://buurtbeeld.example.nl" }))).toMatch(/siteUrl: /);
    expect(refusal(variant({ siteUrl: "buurtbeeld.example.nl" }))).toMatch(/siteUrl: /);
  });

  it("lets no other site frame the widgets unless embed.allowedOrigins names it", () => {
    expect(parseMunicipalityConfig(realText, SOURCE).embed.allowedOrigins).toEqual([]);
    expect(parseMunicipalityConfig(variant({ embed: {} }), SOURCE).embed.allowedOrigins).toEqual([]);
  });

  it("takes https origins for embeds, written canonically", () => {
    const origins = ["https://www.gemeentemaashorst.nl", "https://wijkraad.example.org:8443", "https://WWW.Example.NL/", "https://example.nl:443", "https://10.0.0.7"];
    const config = parseMunicipalityConfig(variant({ embed: { allowedOrigins: origins } }), SOURCE);
    expect(config.embed.allowedOrigins).toEqual(["https://www.gemeentemaashorst.nl", "https://wijkraad.example.org:8443", "https://www.example.nl", "https://example.nl", "https://10.0.0.7"]);
  });

  it.each([
    "http://www.example.nl",
    "www.example.nl",
    "https://www.example.nl/wijkkrant",
    "https://www.example.nl/?embed=1",
    "https://www.example.nl#top",
    "https://user:secret@www.example.nl",
    "https://*.example.nl",
    "https://www.example.nl; script-src *",
    "https://www.example.nl https://evil.example",
    "'self'",
    "*",
    "",
  ])("refuses %j as an embedding origin, naming the field", (origin) => {
    expect(refusal(variant({ embed: { allowedOrigins: [origin] } }))).toMatch(/embed\.allowedOrigins\.0: /);
  });

  it("refuses unknown keys under embed", () => {
    expect(refusal(variant({ embed: { allowedOrigins: [], frameAncestors: "*" } }))).toContain('"frameAncestors"');
  });

  it("takes exactly five map class colours, each a #rrggbb colour", () => {
    const withClasses = (mapClasses: unknown) => JSON.stringify({ ...real, colors: { ...real.colors, mapClasses } });
    const five = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];
    expect(parseMunicipalityConfig(withClasses(five), SOURCE).colors.mapClasses).toEqual(five);
    expect(refusal(withClasses(five.slice(0, 4)))).toMatch(/colors\.mapClasses: /);
    expect(refusal(withClasses([...five.slice(0, 4), "blue"]))).toMatch(/colors\.mapClasses\.4: /);
  });

  it("accepts a configuration without website and $comment", () => {
    expect(() => parseMunicipalityConfig(variant({ website: undefined, $comment: undefined }), SOURCE)).not.toThrow();
  });

  it("refuses text on the primary colour with too little contrast and says the ratio", () => {
    const message = refusal(variant({}, { primary: "#00594f", primaryText: "#0a5a50" }));
    expect(message).toMatch(/colors\.primaryText: contrast with colors\.primary is 1\.\d\d:1/);
    expect(message).toContain("4.5:1");
  });

  it("refuses a primary colour too light for links on white", () => {
    expect(refusal(variant({}, { primary: "#ffff00", primaryText: "#000000" }))).toMatch(/colors\.primary: .*white/);
  });

  it("lists every wrong field, not only the first", () => {
    const message = refusal(variant({ gemeenteCode: "1991", name: undefined }, { mapFill: "green" }));
    expect(message).toContain("gemeenteCode:");
    expect(message).toContain("name:");
    expect(message).toContain("colors.mapFill:");
  });
});
