import { expect, test } from "@playwright/test";
import { CENTRUM, LOCALES } from "./support/site.ts";

// The buurt profile: every indicator beside wijk and gemeente, the buurt's own figures over
// the published years, and a mark where the buurt is among the gemeente's worst fifth,
// which the map of the same indicator must confirm.

const P = {
  nl: { trend: `${CENTRUM.name} door de jaren`, high: /hoogst/, low: /laagst/, standsOut: /^Valt op: / },
  en: { trend: `${CENTRUM.name} over the years`, high: /highest/, low: /lowest/, standsOut: /^Stands out: / },
} as const;

const rateOf = (text: string) => Number(text.split(/[%\s(]/)[0]!.replace(/\./g, "").replace(",", "."));

for (const locale of LOCALES) {
  const p = P[locale];

  test(`buurt (${locale}): every indicator has the buurt's figures per published year, ending with this year's`, async ({ page }) => {
    await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
    const tables = page.getByRole("main").locator("table").filter({ has: page.locator("th", { hasText: p.trend }) });
    expect(await tables.count()).toBeGreaterThanOrEqual(7);
    const rows = page.locator("tr[data-indicator]");
    const count = await rows.count();
    expect(count).toBeGreaterThan(40);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const buurtValue = (await row.locator("td").first().textContent())!.trim();
      const trend = (await row.locator("td").last().textContent())!.trim();
      const years = [...trend.matchAll(/(\d{4}): /g)].map((match) => Number(match[1]));
      expect(years.length, trend).toBeGreaterThanOrEqual(2);
      expect(years, "oldest first").toEqual([...years].sort());
      expect(trend.endsWith(`${years.at(-1)}: ${buurtValue}`), `${trend} ends with ${buurtValue}`).toBe(true);
    }
  });
}

test("a buurt marked as standing out is in the worst fifth of the same indicator's map", async ({ page }) => {
  await page.goto(`/nl/buurten/${CENTRUM.code}`);
  const rows = page.locator("tr[data-indicator]");
  const marked = page.locator('tr[data-indicator][data-stands-out="true"]');
  const total = await rows.count();
  const markedCount = await marked.count();
  expect(markedCount, "Centrum stands out somewhere in the demo release").toBeGreaterThan(0);
  expect(markedCount, "standing out is the exception").toBeLessThan(total / 2);
  const cases: { indicator: string; value: string; mark: string }[] = [];
  for (const row of (await marked.all()).slice(0, 3)) {
    cases.push({
      indicator: (await row.getAttribute("data-indicator"))!,
      value: (await row.locator("td").first().textContent())!.trim(),
      mark: (await row.locator(".buurtbeeld-indicator-table__stands-out").textContent())!,
    });
  }
  for (const { indicator, value, mark } of cases) {
    expect(mark).toMatch(P.nl.standsOut);
    const response = await page.goto(`/nl/kaart?indicator=${indicator}`);
    expect(response?.status(), `${indicator} stands out per buurt, so it is on the map`).toBe(200);
    const values = await page.locator("#kaart-tabel tbody tr td:nth-child(3)").allTextContents();
    const rates = values.map((text) => text.trim()).filter((text) => /%|1\.000/.test(text)).map(rateOf);
    const own = rateOf(value);
    const worse = rates.filter((rate) => (P.nl.high.test(mark) ? rate > own : rate < own)).length;
    expect(worse, `${indicator}: buurten worse than ${value}`).toBeLessThan(Math.ceil(rates.length * 0.2));
  }
});

test("a buurt profile prints its figures without navigation and without cutting off a table", async ({ page }) => {
  // A4 minus 1 cm margins at 96 dpi: the width a printed page gives the content.
  await page.setViewportSize({ width: 718, height: 1040 });
  await page.goto(`/nl/buurten/${CENTRUM.code}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CENTRUM.name);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Taal" })).toBeHidden();
  const tables = page.locator(".buurtbeeld-indicator-table");
  expect(await tables.count()).toBeGreaterThanOrEqual(7);
  const clipped = await tables.evaluateAll((all) => all.filter((table) => table.scrollWidth > table.clientWidth + 1).length);
  expect(clipped, "tables that would need scrolling on paper").toBe(0);
  for (const table of await tables.all()) await expect(table).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});
