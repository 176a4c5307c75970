import { describe, expect, it } from "vitest";
import type { CbsFigureTable } from "@/lib/figures/get-cbs-figures.ts";
import type { IndicatorCell, IndicatorRow, ReleaseSection } from "@/lib/pages/load-buurt-page.ts";
import { buurtCardText } from "@/lib/share/buurt-card-text.ts";
import { mapCardText } from "@/lib/share/map-card-text.ts";
import { KEY_FIGURE_COUNT, pickKeyIndicators } from "@/lib/share/pick-key-indicators.ts";
import { translatorFor } from "./support/translator.ts";

const BUURT = { code: "BU19910101", name: "Centrum", level: "BUURT" as const, year: 2022 };
const WIJK = { code: "WK199101", name: "Uden", level: "WIJK" as const, year: 2022 };
const GEMEENTE = { code: "GM1991", name: "Maashorst", level: "GEMEENTE" as const, year: 2022 };

function indicator(code: string, cell: IndicatorCell, standsOut = false): IndicatorRow {
  return {
    code,
    name: { nl: `Indicator ${code}`, en: `Indicator ${code} (en)` },
    definition: { nl: "", en: "" },
    rateScale: 100,
    higherIsWorse: true,
    cells: { [BUURT.code]: cell },
    trend: [],
    standsOut,
  };
}

const published = (count: number, rate: number | null): IndicatorCell => ({ status: "PUBLISHED", count, rate });
// A suppressed cell still carries no number from the database; the count here is a trap:
// were it ever filled in, the card must still not show it.
const SUPPRESSED: IndicatorCell = { status: "SUPPRESSED", count: 4837, rate: 61.9 };

function release(indicators: IndicatorRow[], isDemo = false): ReleaseSection {
  return { isDemo, year: 2024, years: [2024], themes: [{ code: "zorg", name: { nl: "Zorg", en: "Care" }, indicators }] };
}

const card = (section: ReleaseSection | null, locale: "nl" | "en" = "nl", figures: CbsFigureTable | null = null) =>
  buurtCardText({ buurt: BUURT, wijk: WIJK, gemeente: GEMEENTE, figures, release: section }, locale, translatorFor(locale));

describe("pickKeyIndicators", () => {
  it("puts the indicators where the buurt stands out first, then fills up with the first ones", () => {
    const rows = ["a", "b", "c", "d", "e", "f"].map((code) => indicator(code, published(10, 1), code === "e" || code === "c"));
    expect(pickKeyIndicators([{ indicators: rows.slice(0, 3) }, { indicators: rows.slice(3) }]).map((row) => row.code)).toEqual(["c", "e", "a", "b"]);
  });

  it("never gives more than the card holds, and fewer when there are fewer", () => {
    const rows = ["a", "b", "c", "d", "e", "f"].map((code) => indicator(code, published(10, 1), true));
    expect(pickKeyIndicators([{ indicators: rows }])).toHaveLength(KEY_FIGURE_COUNT);
    expect(pickKeyIndicators([{ indicators: rows.slice(0, 2) }])).toHaveLength(2);
  });
});

describe("buurtCardText", () => {
  it("says a suppressed figure is withheld, in the page's words, and shows none of its digits", () => {
    for (const [locale, word] of [["nl", "afgeschermd"], ["en", "withheld"]] as const) {
      const text = card(release([indicator("wmo", SUPPRESSED, true), indicator("bijstand", published(35, 12.5))]), locale);
      const figure = text.figures[0]!;
      expect(figure.status).toBe("SUPPRESSED");
      expect(figure.value).toBe(`${word} in 2024`);
      const everything = JSON.stringify(text);
      for (const digits of ["4837", "4.837", "4,837", "61,9", "61.9"]) expect(everything).not.toContain(digits);
      expect(figure.value.replace("2024", "")).not.toMatch(/\d/);
    }
  });

  it("gives a published figure as the page does: rate with unit, count, and year", () => {
    const text = card(release([indicator("bijstand", published(1235, 12.5))]));
    expect(text.figures).toEqual([{ label: "Indicator bijstand", value: "12,5% (1.235) in 2024", status: "PUBLISHED", standsOut: undefined }]);
    expect(card(release([indicator("bijstand", published(1235, 12.5))]), "en").figures[0]!.value).toBe("12.5% (1,235) in 2024");
  });

  it("marks a figure where the buurt stands out, and says no data where there is none", () => {
    const text = card(release([indicator("a", { status: "NO_DATA", count: null, rate: null }), indicator("b", published(50, 30), true)]), "en");
    expect(text.figures.map((figure) => [figure.label, figure.value, figure.standsOut])).toEqual([
      ["Indicator b (en)", "30.0% (50) in 2024", "stands out"],
      ["Indicator a (en)", "no data in 2024", undefined],
    ]);
  });

  it("says demo data are demo data, and real ones are not", () => {
    expect(card(release([indicator("a", published(10, 1))], true)).demo).toMatch(/^Demogegevens/);
    expect(card(release([indicator("a", published(10, 1))], true), "en").demo).toMatch(/^Demo data/);
    expect(card(release([indicator("a", published(10, 1))], false)).demo).toBeNull();
  });

  it("names the buurt, its wijk and gemeente in the site's language", () => {
    const nl = card(null);
    expect([nl.siteName, nl.title, nl.subtitle]).toEqual(["Buurtbeeld Maashorst", "Centrum", "Buurt in de wijk Uden, gemeente Maashorst"]);
    expect(card(null, "en").subtitle).toBe("Neighbourhood in the district Uden, municipality of Maashorst");
  });

  it("falls back on CBS key figures before any release, with CBS's own word for a secret figure", () => {
    const cbs: CbsFigureTable = {
      tableId: "85984NED",
      year: 2024,
      importedAt: null,
      rows: [
        { key: "AantalInwoners_5", title: "Aantal inwoners", topicGroup: "Bevolking", unit: "aantal", decimals: 0, cells: { [BUURT.code]: { value: 8765, status: "PUBLISHED" } } },
        { key: "Mannen_6", title: "Mannen", topicGroup: "Bevolking", unit: "aantal", decimals: 0, cells: { [BUURT.code]: { value: 4300, status: "PUBLISHED" } } },
        { key: "GemiddeldeHuishoudensgrootte_33", title: "Gemiddelde huishoudensgrootte", topicGroup: "Bevolking", unit: "aantal", decimals: 1, cells: { [BUURT.code]: { value: null, status: "SUPPRESSED" } } },
      ],
    };
    const text = card(null, "nl", cbs);
    expect(text.figuresHeading).toBe("Kerncijfers van het CBS, 2024");
    expect(text.figures.map((figure) => figure.value)).toEqual(["8.765", "geheim"]);
    expect(text.empty).toBeNull();
    expect(text.protection).toBeNull();
  });

  it("says there are no figures yet when there is nothing at all", () => {
    const text = card(null, "en");
    expect(text.figures).toEqual([]);
    expect(text.empty).toBe("No figures have been published for this neighbourhood yet.");
  });
});

describe("mapCardText", () => {
  const data = {
    gemeente: "Maashorst",
    isDemo: true,
    indicator: { name: { nl: "Inwoners met een bijstandsuitkering", en: "Residents on social assistance" }, rateScale: 100 },
    year: 2024,
    classes: [
      { index: 1, from: 1, to: 2.5, count: 10 },
      { index: 2, from: 2.6, to: 4, count: 10 },
      { index: 3, from: 4.2, to: 9.75, count: 10 },
    ],
  };

  it("gives every class its range in words and always lists withheld and no data", () => {
    const text = mapCardText(data, "nl", translatorFor("nl"));
    expect(text.legend.map((entry) => [entry.mapClass, entry.label])).toEqual([
      [1, "1,0% tot en met 2,5% (laagste)"],
      [2, "2,6% tot en met 4,0%"],
      [3, "4,2% tot en met 9,8% (hoogste)"],
      ["suppressed", "afgeschermd"],
      ["no-data", "geen gegevens"],
    ]);
    expect([text.title, text.subtitle, text.siteName]).toEqual(["Inwoners met een bijstandsuitkering", "per buurt in Maashorst, 2024", "Buurtbeeld Maashorst"]);
  });

  it("speaks English on the English card, and labels demo data", () => {
    const text = mapCardText(data, "en", translatorFor("en"));
    expect(text.title).toBe("Residents on social assistance");
    expect(text.subtitle).toBe("by neighbourhood in Maashorst, 2024");
    expect(text.legend.at(-2)!.label).toBe("withheld");
    expect(text.demo).toMatch(/^Demo data/);
    expect(mapCardText({ ...data, isDemo: false }, "en", translatorFor("en")).demo).toBeNull();
  });
});
