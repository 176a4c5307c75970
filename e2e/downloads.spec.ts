import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { type FileRow, parseCsv, shownOnPage, tableOnMap } from "./support/published-values.ts";
import { BUURT_COUNT, CENTRUM, type Locale } from "./support/site.ts";

// Downloads (/[locale]/kaart/download?indicator=…&jaar=…&formaat=csv|geojson): the map's
// indicator as a file, with the same status and value per buurt as the map's table, the
// rules as a note inside, an ETag per data version; the buurt page's form leads there too.

const TEXT = {
  nl: {
    indicator: "Indicator",
    year: "Jaar",
    csvLink: "Download CSV",
    geojsonLink: "Download GeoJSON",
    formHeading: "Cijfers downloaden",
    formFormat: "Formaat",
    formSubmit: "Download",
    badQuery: /^Deze download bestaat niet\./,
    unknownChoice: /^Deze indicator of dit jaar staat niet in de huidige publicatie/,
    noteRounding: /afgerond op een veelvoud van \d+/,
  },
  en: {
    indicator: "Indicator",
    year: "Year",
    csvLink: "Download CSV",
    geojsonLink: "Download GeoJSON",
    formHeading: "Download the figures",
    formFormat: "Format",
    formSubmit: "Download",
    badQuery: /^This download does not exist\./,
    unknownChoice: /^This indicator or year is not in the current release/,
    noteRounding: /rounded to a multiple of \d+/,
  },
} as const;

const HEADER = ["niveau", "code", "naam", "wijk", "jaar", "indicator", "status", "aantal", "basis"];

/** The map page's indicator and year, and the hrefs of its two download links. */
async function mapChoice(page: Page, locale: Locale) {
  const t = TEXT[locale];
  await page.goto(`/${locale}/kaart`);
  const indicator = await page.getByLabel(t.indicator, { exact: true }).inputValue();
  const year = await page.getByLabel(t.year, { exact: true }).inputValue();
  const csv = (await page.getByRole("link", { name: t.csvLink }).getAttribute("href"))!;
  const geojson = (await page.getByRole("link", { name: t.geojsonLink }).getAttribute("href"))!;
  return { indicator, year, csv, geojson };
}

async function get(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers, maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), body: await response.body() };
}

test.describe("download files", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "a file does not depend on the viewport; checked once on desktop");
  });

  for (const locale of ["nl", "en"] as const) {
    const t = TEXT[locale];

    test(`CSV (${locale}): every buurt has the status and value of the map's table, the rules come first`, async ({ page, request }) => {
      const { indicator, year, csv } = await mapChoice(page, locale);
      expect(csv).toBe(`/${locale}/kaart/download?indicator=${indicator}&jaar=${year}&formaat=csv`);
      const onMap = await tableOnMap(page);
      expect(onMap.size).toBe(BUURT_COUNT);

      const response = await get(request, csv);
      expect(response.status).toBe(200);
      expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers["content-disposition"]).toBe(`attachment; filename="buurtbeeld-gm1991-${indicator}-${year}.csv"`);
      expect(response.headers["cache-control"]).toBe("public, max-age=300");
      expect(response.headers["etag"]).toMatch(/^"data-\d+-[\w-]+"$/);
      expect(response.body.subarray(0, 3).toString("hex"), "UTF-8 byte-order mark").toBe("efbbbf");

      const text = response.body.subarray(3).toString("utf8");
      const lines = text.split("\r\n");
      const note = lines.slice(0, lines.findIndex((line) => !line.startsWith("#")));
      expect(note.length).toBeGreaterThan(5);
      const noteText = note.join("\n");
      expect(noteText).toMatch(t.noteRounding);
      expect(noteText).toContain("afgeschermd");
      expect(noteText).toContain("geenGegevens");
      expect(noteText).toContain("CC-BY-4.0");

      const [header, ...records] = parseCsv(lines.slice(note.length).join("\r\n"));
      expect(header!.slice(0, HEADER.length)).toEqual(HEADER);
      const unit = header!.at(-1)!.match(/^waarde \((%|per 1000)\)$/)?.[1];
      expect(unit, header!.at(-1)).toBeDefined();
      const rows: FileRow[] = records.map(([niveau, code, , , jaar, ind, status, aantal, , waarde]) => {
        expect(jaar).toBe(year);
        expect(ind).toBe(indicator);
        return { niveau: niveau!, code: code!, status: status!, aantal: aantal === "" ? null : Number(aantal), waarde: waarde === "" ? null : Number(waarde) };
      });
      expect(rows.filter((row) => row.niveau === "gemeente")).toHaveLength(1);
      expect(rows.filter((row) => row.niveau === "wijk")).toHaveLength(6);
      const buurten = rows.filter((row) => row.niveau === "buurt");
      expect(buurten.map((row) => row.code).sort()).toEqual([...onMap.keys()].sort());
      for (const row of rows) {
        if (row.status !== "gepubliceerd") expect([row.aantal, row.waarde], `${row.code}: no number when ${row.status}`).toEqual([null, null]);
      }
      for (const row of buurten) expect(shownOnPage(row, unit!, locale), row.code).toBe(onMap.get(row.code));
    });
  }

  test("GeoJSON: the same buurten with the same statuses and values, outlines in WGS84, the note and the release's facts", async ({ page, request }) => {
    const { indicator, year, geojson } = await mapChoice(page, "nl");
    expect(geojson).toBe(`/nl/kaart/download?indicator=${indicator}&jaar=${year}&formaat=geojson`);
    const onMap = await tableOnMap(page);
    const response = await get(request, geojson);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/geo+json");
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="buurtbeeld-gm1991-${indicator}-${year}.geojson"`);
    const collection = JSON.parse(response.body.toString("utf8"));
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.toelichting.length).toBeGreaterThan(5);
    expect(collection.metadata).toMatchObject({ indicator: { code: indicator }, year: Number(year), licence: "CC-BY-4.0" });
    expect(typeof collection.metadata.releaseId).toBe("number");
    expect(typeof collection.metadata.dataVersion).toBe("number");
    const unit = collection.metadata.unit as string;
    const buurten = collection.features.filter((feature: { properties: { niveau: string } }) => feature.properties.niveau === "buurt");
    expect(buurten).toHaveLength(BUURT_COUNT);
    for (const feature of buurten) {
      const { code, status, aantal, waarde, wijk } = feature.properties;
      expect(wijk).toMatch(/^WK1991\d\d$/);
      expect(shownOnPage({ code, niveau: "buurt", status, aantal, waarde }, unit, "nl"), code).toBe(onMap.get(code));
      expect(["Polygon", "MultiPolygon"]).toContain(feature.geometry.type);
      const [lon, lat] = (feature.geometry.type === "Polygon" ? feature.geometry.coordinates[0][0] : feature.geometry.coordinates[0][0][0]) as number[];
      expect(lon! > 5 && lon! < 6.5 && lat! > 51 && lat! < 52.5, `${code} in WGS84 near Uden: ${lon}, ${lat}`).toBe(true);
    }
  });

  test("a client that has the file gets 304 without a body until the data changes", async ({ page, request }) => {
    const { csv, geojson } = await mapChoice(page, "nl");
    const first = await get(request, csv);
    const etag = first.headers["etag"]!;
    const again = await get(request, csv, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers["etag"]).toBe(etag);
    // Another format, another language: another file, another ETag.
    const other = await get(request, geojson, { "if-none-match": etag });
    expect(other.status).toBe(200);
    expect(other.headers["etag"]).not.toBe(etag);
    const english = await get(request, csv.replace(/^\/nl\//, "/en/"), { "if-none-match": etag });
    expect(english.status).toBe(200);
  });

  test("a malformed query is a 400 and an unknown indicator or year a 404, in the request's language", async ({ page, request }) => {
    const { indicator, year } = await mapChoice(page, "nl");
    for (const locale of ["nl", "en"] as const) {
      const base = `/${locale}/kaart/download`;
      for (const query of [
        `indicator=${indicator}&jaar=${year}&formaat=xlsx`,
        `indicator=${indicator}&jaar=${year}`,
        `indicator=${indicator}&jaar=twee&formaat=csv`,
        `indicator=${indicator}&jaar=${year}&formaat=csv&extra=1`,
        `indicator=${indicator}&indicator=${indicator}&jaar=${year}&formaat=csv`,
      ]) {
        const response = await get(request, `${base}?${query}`);
        expect(response.status, query).toBe(400);
        expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
        expect(response.body.toString("utf8"), query).toMatch(TEXT[locale].badQuery);
      }
      for (const query of [`indicator=bestaat_niet&jaar=${year}&formaat=csv`, `indicator=${indicator}&jaar=1999&formaat=geojson`]) {
        const response = await get(request, `${base}?${query}`);
        expect(response.status, query).toBe(404);
        expect(response.body.toString("utf8"), query).toMatch(TEXT[locale].unknownChoice);
      }
    }
  });

});

// On a phone too: the form has to work at 360 px.
test.describe("download form", () => {
  for (const locale of ["nl", "en"] as const) {
    const t = TEXT[locale];

    test(`the buurt page's form (${locale}) downloads the chosen indicator, year and format`, async ({ page }) => {
      await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
      const form = page.getByRole("form", { name: t.formHeading });
      await expect(page.getByRole("heading", { level: 2, name: t.formHeading })).toBeVisible();
      const indicatorSelect = form.getByLabel(t.indicator, { exact: true });
      const options = await indicatorSelect.locator("option").evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value));
      expect(options.length).toBeGreaterThan(5);
      const indicator = options.at(-1)!;
      await indicatorSelect.selectOption(indicator);
      const year = await form.getByLabel(t.year, { exact: true }).inputValue();
      await form.getByLabel(t.formFormat, { exact: true }).selectOption("geojson");

      // Keyboard only: the button is reached and pressed like any other.
      const downloading = page.waitForEvent("download");
      await form.getByRole("button", { name: t.formSubmit }).focus();
      await page.keyboard.press("Enter");
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`buurtbeeld-gm1991-${indicator}-${year}.geojson`);
      expect(new URL(download.url()).pathname).toBe(`/${locale}/kaart/download`);
      expect(Object.fromEntries(new URL(download.url()).searchParams)).toEqual({ indicator, jaar: year, formaat: "geojson" });
      await expect(page).toHaveURL(new RegExp(`/${locale}/buurten/${CENTRUM.code}$`));
    });
  }
});
