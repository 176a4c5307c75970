import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { CENTRUM, formatWhole, LOCALES, WIJKEN, type Locale } from "./support/site.ts";

// The figures a resident reads on a buurt page are the figures CBS published: every value
// for the wijk and the gemeente equals the source CSV, formatted for the page's language.

const CSV_PATH = path.resolve(process.env.BUURTBEELD_DEMO_DATA ?? path.join(process.cwd(), "..", "shared", "data"), "kwb_2024_maashorst_gemeente_wijk.csv");

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the figures do not depend on the viewport; checked once on desktop");
});

type CsvRow = Record<string, string>;
const rows: CsvRow[] = parse(fs.readFileSync(CSV_PATH, "utf8"), { columns: true, skip_empty_lines: true, trim: true });

/** Row labels per CBS field, as shown on the page (a wrong label is a failure too). */
const FIELDS: Record<string, Record<Locale, string>> = {
  AantalInwoners_5: { nl: "Aantal inwoners", en: "Inhabitants" },
  Mannen_6: { nl: "Mannen", en: "Men" },
  Vrouwen_7: { nl: "Vrouwen", en: "Women" },
  Bevolkingsdichtheid_34: { nl: "Bevolkingsdichtheid", en: "Population density" },
  Woningvoorraad_35: { nl: "Woningvoorraad", en: "Dwellings" },
  OppervlakteTotaal_122: { nl: "Oppervlakte totaal", en: "Total area" },
  OppervlakteLand_123: { nl: "Oppervlakte land", en: "Land area" },
  OppervlakteWater_124: { nl: "Oppervlakte water", en: "Water area" },
};

const COLUMN = {
  nl: { wijk: (name: string) => `Wijk ${name}`, gemeente: "Gemeente Maashorst", caption: /^Kerncijfers 2024 \(CBS-tabel 85984NED\)/ },
  en: { wijk: (name: string) => `District ${name}`, gemeente: "Municipality Maashorst", caption: /^Key figures 2024 \(CBS table 85984NED\)/ },
};

function csvRow(code: string): CsvRow {
  const row = rows.find((candidate) => candidate.code === code);
  if (!row) throw new Error(`${code} is not in ${CSV_PATH}`);
  return row;
}

/** The text in the cell of the row labelled `label` under the column headed `column`. */
async function cellText(page: Page, table: Locator, label: string, column: string): Promise<string> {
  const headers = (await table.locator("thead th").allTextContents()).map((text) => text.trim());
  const index = headers.indexOf(column);
  expect(index, `column "${column}" in ${headers.join(" | ")}`).toBeGreaterThan(0);
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  await expect(row, `one row "${label}"`).toHaveCount(1);
  return ((await row.locator("th, td").nth(index).textContent()) ?? "").trim();
}

test("the CSV has the rows and fields this test relies on", () => {
  expect(rows.map((row) => row.code).sort()).toEqual(["GM1991", ...WIJKEN.map((wijk) => wijk.code)].sort());
  const columns = Object.keys(rows[0] ?? {}).filter((column) => !["code", "naam", "soort_regio"].includes(column));
  expect(columns.sort()).toEqual(Object.keys(FIELDS).sort());
});

for (const locale of LOCALES) {
  test(`${CENTRUM.name} (${locale}): every figure of wijk Uden and gemeente Maashorst equals the CBS CSV`, async ({ page }) => {
    await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
    const table = page.getByRole("table", { name: COLUMN[locale].caption });
    await expect(table).toBeVisible();
    const wijk = csvRow("WK199101");
    const gemeente = csvRow("GM1991");
    expect(wijk.naam).toBe(CENTRUM.wijk);

    const dataRows = table.locator("tbody tr").filter({ has: page.getByRole("rowheader") });
    await expect(dataRows, "one row per CSV field, no more").toHaveCount(Object.keys(FIELDS).length);

    for (const [field, label] of Object.entries(FIELDS)) {
      const expectedWijk = formatWhole(Number(wijk[field]), locale);
      const expectedGemeente = formatWhole(Number(gemeente[field]), locale);
      expect.soft(await cellText(page, table, label[locale], COLUMN[locale].wijk("Uden")), `${field} of WK199101`).toBe(expectedWijk);
      expect.soft(await cellText(page, table, label[locale], COLUMN[locale].gemeente), `${field} of GM1991`).toBe(expectedGemeente);
    }
  });

  test(`every wijk (${locale}): a buurt page shows its own wijk's figures from the CSV`, async ({ page }) => {
    for (const wijk of WIJKEN) {
      // Reach a buurt of this wijk the way a visitor does: from the list on the home page.
      await page.goto(`/${locale}`);
      const section = page.getByRole("region", { name: new RegExp(`^${COLUMN[locale].wijk(wijk.name)} `) });
      await section.getByRole("link").last().click();
      const table = page.getByRole("table", { name: COLUMN[locale].caption });
      await expect(table).toBeVisible();
      const source = csvRow(wijk.code);
      for (const field of ["AantalInwoners_5", "Woningvoorraad_35", "OppervlakteTotaal_122"]) {
        const label = FIELDS[field]![locale];
        expect
          .soft(await cellText(page, table, label, COLUMN[locale].wijk(wijk.name)), `${field} of ${wijk.code} on ${page.url()}`)
          .toBe(formatWhole(Number(source[field]), locale));
      }
    }
  });
}
