import { describe, expect, it } from "vitest";
import { buildDownload, downloadFilename } from "@/lib/downloads/build-download.ts";
import type { DownloadData } from "@/lib/downloads/get-download-data.ts";
import { DEFAULT_PARAMETERS } from "@/lib/disclosure/parameters.ts";
import type { AreaGeometry } from "@/lib/geo/geometry.ts";
import { translatorFor } from "./support/translator.ts";

const square = (x: number, y: number): AreaGeometry => ({
  type: "Polygon",
  coordinates: [[[x, y], [x + 0.0123456789, y], [x + 0.0123456789, y + 0.01], [x, y + 0.01], [x, y]]],
});

// Parameters unlike the defaults, so a note that printed literals instead would fail.
const RELEASE_RULES = { threshold: 15, protection: 7, roundingBase: 3, minRateDenominator: 250 };

function data(overrides: Partial<DownloadData> = {}): DownloadData {
  return {
    release: { id: 12, isDemo: false, createdAt: new Date("2025-03-03T10:00:00Z"), parameters: RELEASE_RULES },
    indicator: {
      code: "bijstand",
      name: { nl: "Bijstand", en: "Social assistance" },
      definition: { nl: "Inwoners met bijstand", en: "Residents on social assistance" },
      source: { nl: "Uitkeringsadministratie", en: "Benefit records" },
      base: { nl: "Inwoners van 18 jaar of ouder", en: "Residents aged 18 or older" },
      rateScale: 100,
    },
    year: 2024,
    areaYear: 2022,
    gemeente: { code: "GM1991", name: "Maashorst" },
    areas: [
      { level: "GEMEENTE", code: "GM1991", name: "Maashorst", parentCode: null, geometry: square(5.5, 51.6) },
      { level: "WIJK", code: "WK199101", name: "Uden", parentCode: "GM1991", geometry: square(5.6, 51.6) },
      { level: "BUURT", code: "BU19910101", name: "=Centrum", parentCode: "WK199101", geometry: square(5.61, 51.61) },
      { level: "BUURT", code: "BU19910102", name: "Hoef", parentCode: "WK199101", geometry: square(5.62, 51.61) },
    ],
    cells: new Map([
      ["GM1991", { status: "PUBLISHED", count: 1233, base: 36_000, rate: 3.4 }],
      ["WK199101", { status: "PUBLISHED", count: 882, base: 21_000, rate: 4.2 }],
      ["BU19910101", { status: "PUBLISHED", count: 45, base: 1401, rate: 3.2 }],
      ["BU19910102", { status: "SUPPRESSED", count: null, base: null, rate: null }],
    ]),
    ...overrides,
  };
}

const options = (format: "csv" | "geojson", locale: "nl" | "en" = "nl") => ({
  format,
  locale,
  dataVersion: 40,
  fallbackRules: DEFAULT_PARAMETERS,
  explanationUrl: `/${locale}/over-de-cijfers`,
});

const noteOf = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n").filter((line) => line.startsWith("#")).map((line) => line.replace(/^# ?/, ""));

describe("buildDownload", () => {
  it("names the file after gemeente, indicator and year", () => {
    expect(downloadFilename("GM1991", "bijstand", 2024, "csv")).toBe("buurtbeeld-gm1991-bijstand-2024.csv");
    const file = buildDownload(data(), options("geojson"), translatorFor("nl"));
    expect(file.filename).toBe("buurtbeeld-gm1991-bijstand-2024.geojson");
    expect(file.contentType).toBe("application/geo+json");
  });

  for (const locale of ["nl", "en"] as const) {
    it(`writes the note in ${locale} with the rules the release used, and no message key or placeholder`, () => {
      const file = buildDownload(data(), options("csv", locale), translatorFor(locale));
      expect(file.contentType).toBe("text/csv; charset=utf-8");
      const note = noteOf(file.body).join("\n");
      expect(note).not.toMatch(/download\.|\{\w+\}/);
      expect(note).toContain(locale === "nl" ? "kleiner dan 15" : "below 15");
      expect(note).toContain(locale === "nl" ? "veelvoud van 3" : "multiple of 3");
      expect(note).toContain("250");
      expect(note).not.toMatch(/\b(10|5)\b/);
      expect(note).toContain("CC-BY-4.0");
      expect(note).toContain("https://creativecommons.org/licenses/by/4.0/");
      expect(note).toContain(locale === "nl" ? "publicatie 12 van 3 maart 2025 (dataversie 40)" : "release 12 of 3 March 2025 (data version 40)");
      expect(note).toContain(locale === "nl" ? "Uitkeringsadministratie" : "Benefit records");
      expect(note).toContain("afgeschermd");
      expect(note).toContain("geenGegevens");
      expect(note).toContain(`/${locale}/over-de-cijfers`);
      expect(note).not.toContain(locale === "nl" ? "demogegevens" : "demo data");
    });
  }

  it("falls back on the configured rules when the release's record cannot be read, and warns of demo data", () => {
    const file = buildDownload(data({ release: { id: 3, isDemo: true, createdAt: new Date("2025-01-01T00:00:00Z"), parameters: null } }), options("csv"), translatorFor("nl"));
    const note = noteOf(file.body).join("\n");
    expect(note).toContain(`kleiner dan ${DEFAULT_PARAMETERS.threshold}`);
    expect(note).toContain(`veelvoud van ${DEFAULT_PARAMETERS.roundingBase}`);
    expect(note).toContain("demogegevens");
  });

  it("writes the same rows in the CSV as the GeoJSON's properties", () => {
    const csv = buildDownload(data(), options("csv"), translatorFor("en")).body;
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n").filter((line) => line !== "" && !line.startsWith("#"));
    expect(lines).toEqual([
      "niveau,code,naam,wijk,jaar,indicator,status,aantal,basis,waarde (%)",
      "gemeente,GM1991,Maashorst,,2024,bijstand,gepubliceerd,1233,36000,3.4",
      "wijk,WK199101,Uden,,2024,bijstand,gepubliceerd,882,21000,4.2",
      "buurt,BU19910101,'=Centrum,WK199101,2024,bijstand,gepubliceerd,45,1401,3.2",
      "buurt,BU19910102,Hoef,WK199101,2024,bijstand,afgeschermd,,,",
    ]);

    const geojson = JSON.parse(buildDownload(data(), options("geojson", "en"), translatorFor("en")).body);
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features.map((feature: { id: string }) => feature.id)).toEqual(["GM1991", "WK199101", "BU19910101", "BU19910102"]);
    const hoef = geojson.features[3];
    expect(hoef.properties).toEqual({ niveau: "buurt", code: "BU19910102", naam: "Hoef", wijk: "WK199101", jaar: 2024, indicator: "bijstand", status: "afgeschermd", aantal: null, basis: null, waarde: null });
    // GeoJSON is data, not a spreadsheet: the name stays as it is.
    expect(geojson.features[2].properties.naam).toBe("=Centrum");
    expect(hoef.geometry.type).toBe("Polygon");
    expect(hoef.geometry.coordinates[0][1]).toEqual([5.632346, 51.61]);
  });

  it("carries the note and the release's facts beside the features", () => {
    const geojson = JSON.parse(buildDownload(data(), options("geojson"), translatorFor("nl")).body);
    const csvNote = noteOf(buildDownload(data(), options("csv"), translatorFor("nl")).body);
    expect(geojson.toelichting).toEqual(csvNote);
    expect(geojson.metadata).toMatchObject({
      releaseId: 12,
      releaseDate: "2025-03-03T10:00:00.000Z",
      dataVersion: 40,
      indicator: { code: "bijstand", name: "Bijstand" },
      year: 2024,
      unit: "%",
      areaDivisionYear: 2022,
      licence: "CC-BY-4.0",
      source: "Uitkeringsadministratie",
      attribution: "Gemeente Maashorst, Buurtbeeld",
    });
    expect(geojson.metadata.generatedFrom).toContain("publicatie 12");
  });
});
