import { expect, type Page, test } from "@playwright/test";
import { BUURT_COUNT, CENTRUM, LOCALES } from "./support/site.ts";

// Stacking (how many needs pile up per buurt), the overlap of two indicators, and the
// comparison of buurten: each picture checked against its own table and against the
// pages it is derived from (the single-indicator map and the buurt profile).

const V = {
  nl: {
    stackingMap: (year: string) => `Stapeling per buurt, ${year}`,
    stackingLabel: /^(.+) \(wijk (.+)\): bij (\d+) van (\d+) indicatoren in de slechtste 20%(?:, (\d+) afgeschermd)?$/,
    count: /^(\d+) van (\d+)$/,
    none: "geen",
    firstLabel: "Eerste indicator",
    secondLabel: "Tweede indicator",
    showOverlap: "Toon de overlap",
    bothHigh: "eerste hoog, tweede hoog",
    levelSuffix: /, (laag|midden|hoog)$/,
    suppressed: "afgeschermd",
    compareHeading: "Buurten vergelijken",
    buurtSelect: (index: number) => `Buurt ${index}`,
    compareSubmit: "Vergelijk",
    column: (index: number, name: string) => `${index}. ${name}`,
    gemeente: "Gemeente Maashorst",
    standsOut: "valt op",
    similar: `Buurten zoals ${CENTRUM.name}`,
    compareWith: (name: string) => `Vergelijk met ${name}`,
    pickMore: "Kies nog minstens één buurt om mee te vergelijken.",
  },
  en: {
    stackingMap: (year: string) => `Stacking by neighbourhood, ${year}`,
    stackingLabel: /^(.+) \((.+) district\): among the worst 20% for (\d+) of (\d+) indicators(?:, (\d+) withheld)?$/,
    count: /^(\d+) of (\d+)$/,
    none: "none",
    firstLabel: "First indicator",
    secondLabel: "Second indicator",
    showOverlap: "Show the overlap",
    bothHigh: "first high, second high",
    levelSuffix: /, (low|middle|high)$/,
    suppressed: "withheld",
    compareHeading: "Compare neighbourhoods",
    buurtSelect: (index: number) => `Neighbourhood ${index}`,
    compareSubmit: "Compare",
    column: (index: number, name: string) => `${index}. ${name}`,
    gemeente: "Municipality of Maashorst",
    standsOut: "stands out",
    similar: `Neighbourhoods like ${CENTRUM.name}`,
    compareWith: (name: string) => `Compare with ${name}`,
    pickMore: "Choose at least one more neighbourhood to compare with.",
  },
} as const;

const mapLinks = (page: Page, id: string) =>
  page.locator(`svg[aria-labelledby="${id}-title"] a`).evaluateAll((links) =>
    links.map((a) => ({ code: a.getAttribute("data-buurt")!, label: a.getAttribute("aria-label")!, mapClass: a.getAttribute("data-class")! })),
  );

const tableRows = (page: Page, id: string) =>
  page.locator(`#${id} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => ({
      code: row.getAttribute("data-buurt")!,
      mapClass: row.getAttribute("data-class")!,
      name: row.querySelector("th")!.textContent!.trim(),
      cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent!.trim()),
    })),
  );

for (const locale of LOCALES) {
  const v = V[locale];

  test(`stacking (${locale}): map, legend and table give every buurt the same count, most first`, async ({ page }) => {
    expect((await page.goto(`/${locale}/kaart/stapeling`))?.status()).toBe(200);
    const year = (await page.locator("#stacking-year option:checked").textContent())!.trim();
    await expect(page.getByRole("group", { name: v.stackingMap(year) })).toBeVisible();
    const onMap = await mapLinks(page, "stapeling");
    expect(onMap).toHaveLength(BUURT_COUNT);
    const rows = await tableRows(page, "stapeling-tabel");
    expect(rows).toHaveLength(BUURT_COUNT);
    const byCode = new Map(rows.map((row) => [row.code, row]));
    for (const link of onMap) {
      const row = byCode.get(link.code)!;
      expect(row.mapClass, link.code).toBe(link.mapClass);
      const counted = link.label.match(v.stackingLabel);
      if (!counted) {
        // Nothing published for this buurt: said in words, never as zero.
        expect(["suppressed", "no-data"]).toContain(link.mapClass);
        continue;
      }
      const [, name, , count, known] = counted;
      expect(row.name).toBe(name);
      expect(row.cells[1]).toBe(`${count} ${locale === "nl" ? "van" : "of"} ${known}`);
      const listed = row.cells[2] === v.none ? [] : row.cells[2]!.split(", ");
      expect(listed.length, `${name}: the list has as many needs as the count`).toBe(Number(count));
    }
    const counts = rows.map((row) => row.cells[1]!.match(v.count)).filter(Boolean).map((match) => Number(match![1]));
    expect(counts, "sorted by count, most first").toEqual([...counts].sort((a, b) => b - a));
    expect(Math.max(...counts), "needs do pile up somewhere in the demo").toBeGreaterThanOrEqual(3);
  });
}

test("stacking: every need listed for the top buurt is marked as standing out on its profile", async ({ page }) => {
  await page.goto("/nl/kaart/stapeling");
  const [top] = await tableRows(page, "stapeling-tabel");
  const listed = top!.cells[2]!.split(", ");
  await page.goto(`/nl/buurten/${top!.code}`);
  const marked = await page
    .locator('tr[data-indicator][data-stands-out="true"] .buurtbeeld-indicator-table__name')
    .allTextContents();
  for (const name of listed) expect(marked, `${top!.name}: ${name}`).toContain(name);
});

test("stacking: sorting by buurt name is a link that reverses on a second click", async ({ page }) => {
  await page.goto("/en/kaart/stapeling");
  const heading = page.locator("#stapeling-tabel thead th").first();
  await heading.getByRole("link").click();
  await expect(page).toHaveURL(/sorteer=buurt&volgorde=op/);
  const names = (await tableRows(page, "stapeling-tabel")).map((row) => row.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  await expect(page.locator("#stapeling-tabel thead th").first()).toHaveAttribute("aria-sort", "ascending");
});

for (const locale of LOCALES) {
  const v = V[locale];

  test(`overlap (${locale}): two chosen indicators, each value the same as on its own map`, async ({ page }) => {
    await page.goto(`/${locale}/kaart`);
    const options = await page.locator("#map-indicator option").evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    const [first, second] = [options.find((code) => code === "bijstand") ?? options[0]!, options.find((code) => code === "jeugdhulp_totaal") ?? options[1]!];
    await page.goto(`/${locale}/kaart/overlap`);
    await page.getByLabel(v.firstLabel).selectOption(first);
    await page.getByLabel(v.secondLabel).selectOption(second);
    await page.getByRole("button", { name: v.showOverlap }).click();
    await expect(page).toHaveURL(new RegExp(`eerste=${first}&tweede=${second}`));
    const rows = await tableRows(page, "overlap-tabel");
    expect(rows).toHaveLength(BUURT_COUNT);

    for (const [column, code] of [[1, first], [2, second]] as const) {
      await page.goto(`/${locale}/kaart?indicator=${code}`);
      const single = new Map((await tableRows(page, "kaart-tabel")).map((row) => [row.code, row.cells[1]!]));
      for (const row of rows) expect(row.cells[column]!.replace(v.levelSuffix, ""), `${row.name} ${code}`).toBe(single.get(row.code));
    }
    for (const row of rows) {
      const withheld = row.cells[1] === v.suppressed || row.cells[2] === v.suppressed;
      if (withheld) expect(row.mapClass, row.name).toBe("suppressed");
      if (row.mapClass === "3-3") expect(row.cells[3]).toBe(v.bothHigh);
    }
  });
}

test("overlap: the sentence on buurten high on both names exactly the buurten of the darkest class", async ({ page }) => {
  await page.goto("/nl/kaart/overlap");
  const darkest = (await tableRows(page, "overlap-tabel")).filter((row) => row.mapClass === "3-3").map((row) => row.name);
  const sentence = (await page.getByTestId("both-high").textContent())!;
  for (const name of darkest) expect(sentence).toContain(name);
  const onMap = await mapLinks(page, "overlap");
  expect(onMap.filter((link) => link.mapClass === "3-3")).toHaveLength(darkest.length);
  const fills = await page.locator('svg[aria-labelledby="overlap-title"] a path').evaluateAll((paths) => paths.map((p) => p.getAttribute("fill")));
  expect(new Set(fills.filter((fill) => fill!.startsWith("var("))).size, "several of the nine colours are used").toBeGreaterThan(3);
});

test("overlap: the same indicator twice, or one the release lacks, is not found", async ({ page }) => {
  expect((await page.goto("/nl/kaart/overlap?eerste=bijstand&tweede=bijstand"))?.status()).toBe(404);
  expect((await page.goto("/nl/kaart/overlap?eerste=bestaat_niet"))?.status()).toBe(404);
});

for (const locale of LOCALES) {
  const v = V[locale];

  test(`compare (${locale}): two buurten chosen in the form, their values as on their own profiles`, async ({ page }) => {
    await page.goto(`/${locale}/vergelijk`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(v.compareHeading);
    await expect(page.getByRole("status")).toHaveText(v.pickMore);
    await page.getByLabel(v.buurtSelect(1), { exact: true }).selectOption(CENTRUM.code);
    await page.getByLabel(v.buurtSelect(2), { exact: true }).selectOption("BU19910102");
    await page.getByRole("button", { name: v.compareSubmit }).click();
    await expect(page).toHaveURL(new RegExp(`buurt=${CENTRUM.code}&buurt=BU19910102`));
    const second = (await page.getByLabel(v.buurtSelect(2), { exact: true }).locator("option:checked").textContent())!.trim();
    const headings = await page.locator("main table").first().locator("thead th").allTextContents();
    expect(headings.slice(1).map((text) => text.trim())).toEqual([v.column(1, CENTRUM.name), v.column(2, second), v.gemeente]);

    const compared = await page.locator("tr[data-indicator]").evaluateAll((rows) =>
      rows.map((row) => ({
        indicator: row.getAttribute("data-indicator")!,
        cells: [...row.querySelectorAll("td")].map((cell) => ({ text: cell.firstChild!.textContent!.trim(), marked: cell.hasAttribute("data-mark") })),
      })),
    );
    expect(compared.length).toBeGreaterThan(20);
    await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
    const profile = await page.locator("tr[data-indicator]").evaluateAll((rows) =>
      rows.map((row) => ({
        indicator: row.getAttribute("data-indicator")!,
        buurt: row.querySelector("td")!.textContent!.trim(),
        gemeente: row.querySelectorAll("td")[2]!.textContent!.trim(),
        standsOut: row.getAttribute("data-stands-out") === "true",
      })),
    );
    const byIndicator = new Map(profile.map((row) => [row.indicator, row]));
    for (const row of compared) {
      const own = byIndicator.get(row.indicator);
      expect(own, row.indicator).toBeDefined();
      expect(row.cells[0]!.text, row.indicator).toBe(own!.buurt);
      expect(row.cells[2]!.text, `${row.indicator} gemeente`).toBe(own!.gemeente);
      // The comparison marks needs only; the profile also marks a low share of, say, children.
      if (row.cells[0]!.marked) expect(own!.standsOut, row.indicator).toBe(true);
    }
  });

  test(`compare (${locale}): buurten like mine lead to a comparison with each`, async ({ page }) => {
    await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
    const section = page.getByTestId("similar-buurten");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(v.similar);
    const items = section.locator("li[data-buurt]");
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(5);
    const codes = await items.evaluateAll((all) => all.map((li) => li.getAttribute("data-buurt")));
    expect(codes).not.toContain(CENTRUM.code);
    const name = (await items.first().getByRole("link").first().textContent())!.replace(/ \(.*\)$/, "");
    await items.first().getByRole("link", { name: v.compareWith(name) }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/vergelijk\\?buurt=${CENTRUM.code}&buurt=${codes[0]}$`));
    await expect(page.locator("main table").first().locator("thead th").nth(2)).toHaveText(v.column(2, name));
  });
}

test("compare: an unknown buurt, the same buurt twice or five buurten is not found", async ({ page }) => {
  expect((await page.goto(`/nl/vergelijk?buurt=${CENTRUM.code}&buurt=BU19919999`))?.status()).toBe(404);
  expect((await page.goto(`/nl/vergelijk?buurt=${CENTRUM.code}&buurt=${CENTRUM.code}`))?.status()).toBe(404);
  const five = ["BU19910101", "BU19910102", "BU19910103", "BU19910104", "BU19910105"].map((code) => `buurt=${code}`).join("&");
  expect((await page.goto(`/en/vergelijk?${five}`))?.status()).toBe(404);
});
