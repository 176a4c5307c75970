import { expect, type Locator, type Page, test } from "@playwright/test";
import { pointInShape } from "./support/map.ts";
import { BUURT_COUNT, CENTRUM, LOCALES, TEXT, WIJKEN } from "./support/site.ts";

// The indicator map (/[locale]/kaart): an SVG drawn on the server, its legend and a sortable
// table, all from the current protected release; the choice lives in the URL.

const MAP = {
  nl: {
    heading: "Kaart van Maashorst",
    navMap: "Kaart",
    indicator: "Indicator",
    year: "Jaar",
    submit: "Toon op de kaart",
    mapTitle: (indicator: string, year: string) => `${indicator} per buurt, ${year}`,
    areaLabel: /^(.+) \(wijk (.+)\): (.+), (\d{4})$/,
    suppressed: "afgeschermd",
    noData: "geen gegevens",
    legendSuppressed: /^afgeschermd: /,
    legendNoData: /^geen gegevens/,
    tableLink: "Naar de tabel met dezelfde waarden",
    interactive: "Interactieve kaart (inzoomen en verschuiven)",
    simple: "Terug naar de eenvoudige kaart",
    infoHint: "Wijs een buurt aan of tik erop: hier staat dan de waarde.",
    infoOpen: "Open de buurt",
    jump: "Ga naar een buurt op de kaart",
    columnValue: "Waarde",
    classShort: (index: number, count: number) => `klasse ${index} van ${count}`,
    buurten: (count: number) => (count === 1 ? "1 buurt" : `${count} buurten`),
  },
  en: {
    heading: "Map of Maashorst",
    navMap: "Map",
    indicator: "Indicator",
    year: "Year",
    submit: "Show on the map",
    mapTitle: (indicator: string, year: string) => `${indicator} by neighbourhood, ${year}`,
    areaLabel: /^(.+) \(district (.+)\): (.+), (\d{4})$/,
    suppressed: "withheld",
    noData: "no data",
    legendSuppressed: /^suppressed: /,
    legendNoData: /^no data/,
    tableLink: "Go to the table with the same values",
    interactive: "Interactive map (zoom and pan)",
    simple: "Back to the simple map",
    infoHint: "Point at a neighbourhood or tap it: its value appears here.",
    infoOpen: "Open the neighbourhood",
    jump: "Go to a neighbourhood on the map",
    columnValue: "Value",
    classShort: (index: number, count: number) => `class ${index} of ${count}`,
    buurten: (count: number) => (count === 1 ? "1 neighbourhood" : `${count} neighbourhoods`),
  },
} as const;

function mapOf(page: Page): Locator {
  return page.getByRole("main").locator("svg.buurtbeeld-choropleth__svg");
}

/** Buurt code → the value in words, from the map's link labels. */
async function valuesOnMap(page: Page): Promise<Map<string, { label: string; value: string; mapClass: string }>> {
  const links = await mapOf(page)
    .locator("a")
    .evaluateAll((anchors) =>
      anchors.map((a) => ({ code: a.getAttribute("data-buurt")!, label: a.getAttribute("aria-label")!, mapClass: a.getAttribute("data-class")!, title: a.querySelector("title")?.textContent })),
    );
  return new Map(
    links.map((link) => {
      expect(link.title, "the hover tip says what the link says").toBe(link.label);
      return [link.code, { label: link.label, value: link.label.match(/\): (.+), \d{4}$/)![1]!, mapClass: link.mapClass }];
    }),
  );
}

/** Buurt code → value and class as the table shows them, in table order. */
async function rowsOfTable(page: Page): Promise<{ code: string; name: string; value: string; classLabel: string }[]> {
  return page.locator("#kaart-tabel tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      code: row.getAttribute("data-buurt")!,
      name: row.querySelector("th")!.textContent!.trim(),
      value: row.querySelectorAll("td")[1]!.textContent!.trim(),
      classLabel: row.querySelectorAll("td")[2]!.textContent!.trim(),
    })),
  );
}

for (const locale of LOCALES) {
  const m = MAP[locale];
  const t = TEXT[locale];

  test.describe(`map (${locale})`, () => {
    test("every buurt on the map names its value and year, hatched or dotted where there is none", async ({ page }) => {
      const response = await page.goto(`/${locale}/kaart`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.heading);
      await expect(page.getByRole("navigation", { name: t.mainNavigation }).getByRole("link", { name: m.navMap })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("main").getByRole("note")).toContainText(t.demoNotice);

      const indicator = (await page.getByLabel(m.indicator, { exact: true }).locator("option:checked").textContent())!.trim();
      const year = (await page.getByLabel(m.year, { exact: true }).locator("option:checked").textContent())!.trim();
      await expect(mapOf(page)).toHaveAccessibleName(m.mapTitle(indicator, year));

      const onMap = await valuesOnMap(page);
      expect(onMap.size).toBe(BUURT_COUNT);
      const wijkNames = new Set<string>(WIJKEN.map((wijk) => wijk.name));
      for (const [code, { label, mapClass }] of onMap) {
        const [, , wijk, value, labelYear] = label.match(m.areaLabel)!;
        expect(wijkNames.has(wijk!), `${code}: ${label}`).toBe(true);
        expect(labelYear).toBe(year);
        if (mapClass === "suppressed") expect(value).toBe(m.suppressed);
        // No data, or a count too small for a rate: never a colour.
        else if (mapClass === "no-data") expect(value === m.noData || /^\d[\d.,]*$/.test(value!), `${code}: ${value}`).toBe(true);
        else expect(value, `${code} in class ${mapClass}`).toMatch(/%|1[.,]000/);
      }
      // The patterns are fills, not colours: suppressed and no data can never look alike.
      const fills = await mapOf(page)
        .locator("a")
        .evaluateAll((links) => links.map((a) => [a.getAttribute("data-class"), a.querySelector("path")!.getAttribute("fill")]));
      for (const [mapClass, fill] of fills) {
        expect(fill).toBe(/^\d$/.test(mapClass!) ? `var(--buurtbeeld-map-class-${mapClass})` : `url(#choropleth-${mapClass})`);
      }
    });

    test("an indicator with withheld buurten hatches them, and the legend says how many", async ({ page }) => {
      await page.goto(`/${locale}/kaart`);
      const codes = await page.getByLabel(m.indicator, { exact: true }).locator("option").evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
      let found = false;
      for (const code of codes) {
        await page.goto(`/${locale}/kaart?indicator=${code}`);
        const hatched = await mapOf(page).locator('a[data-class="suppressed"]').count();
        if (hatched === 0) continue;
        found = true;
        await expect(mapOf(page).locator('a[data-class="suppressed"] path').first()).toHaveAttribute("fill", "url(#choropleth-suppressed)");
        await expect(page.locator('.buurtbeeld-map-legend__item[data-class="suppressed"] .buurtbeeld-map-legend__count')).toHaveText(m.buurten(hatched));
        break;
      }
      expect(found, "some indicator of the demo release has withheld buurten").toBe(true);
    });

    test("the legend counts the buurten of every class, and the table says the same as the map", async ({ page }) => {
      await page.goto(`/${locale}/kaart`);
      const onMap = await valuesOnMap(page);
      const legendItems = page.locator(".buurtbeeld-map-legend__item");
      const classes = (await legendItems.evaluateAll((items) => items.map((item) => item.getAttribute("data-class")!))).filter((c) => /^\d$/.test(c));
      let counted = 0;
      for (const item of await legendItems.all()) {
        const mapClass = (await item.getAttribute("data-class"))!;
        const expected = [...onMap.values()].filter((cell) => cell.mapClass === mapClass).length;
        await expect(item.locator(".buurtbeeld-map-legend__count")).toHaveText(m.buurten(expected));
        counted += expected;
        if (mapClass === "suppressed") await expect(item).toContainText(m.legendSuppressed);
        if (mapClass === "no-data") await expect(item).toContainText(m.legendNoData);
        if (/^\d$/.test(mapClass)) await expect(item).toContainText(m.classShort(Number(mapClass), classes.length));
      }
      expect(counted).toBe(BUURT_COUNT);

      await page.getByRole("link", { name: m.tableLink }).click();
      await expect(page.locator("#kaart-tabel")).toBeInViewport();
      const rows = await rowsOfTable(page);
      expect(rows).toHaveLength(BUURT_COUNT);
      for (const row of rows) {
        const cell = onMap.get(row.code)!;
        expect(row.value, row.name).toBe(cell.value);
        const expectedClass = /^\d$/.test(cell.mapClass) ? m.classShort(Number(cell.mapClass), classes.length) : cell.mapClass === "suppressed" ? m.suppressed : m.noData;
        expect(row.classLabel, row.name).toBe(expectedClass);
      }
    });

    test("the picker puts indicator and year in the URL, and that link shows the same map", async ({ page }) => {
      await page.goto(`/${locale}/kaart`);
      const select = page.getByLabel(m.indicator, { exact: true });
      const options = await select.locator("option").evaluateAll((all) => all.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent!.trim() })));
      expect(options.length).toBeGreaterThan(10);
      expect(await select.locator("optgroup").count()).toBeGreaterThanOrEqual(5);
      const other = options.at(-1)!;
      await select.selectOption(other.value);
      await page.getByRole("button", { name: m.submit }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/kaart\\?indicator=${other.value}&jaar=\\d{4}$`));
      const year = new URL(page.url()).searchParams.get("jaar")!;
      await expect(mapOf(page)).toHaveAccessibleName(m.mapTitle(other.text, year));
      const first = await valuesOnMap(page);

      await page.goto(page.url());
      await expect(page.getByLabel(m.indicator, { exact: true })).toHaveValue(other.value);
      expect(await valuesOnMap(page)).toEqual(first);
    });

    test("the table sorts by value in both directions, values before withheld and missing ones", async ({ page }) => {
      await page.goto(`/${locale}/kaart`);
      const header = page.locator("#kaart-tabel thead th").filter({ hasText: m.columnValue });
      await expect(header).toHaveAttribute("aria-sort", "none");
      await header.getByRole("link").click();
      await expect(page).toHaveURL(/sorteer=waarde&volgorde=af#kaart-tabel$/);
      await expect(page.locator("#kaart-tabel thead th").filter({ hasText: m.columnValue })).toHaveAttribute("aria-sort", "descending");
      const number = (text: string) => Number(text.split(/[%\s]/)[0]!.replace(locale === "nl" ? /\./g : /,/g, "").replace(",", "."));
      const descending = await rowsOfTable(page);
      const rank = (value: string) => (value === m.suppressed ? 1 : value === m.noData || !/%|1[.,]000/.test(value) ? 2 : 0);
      const ranks = descending.map((row) => rank(row.value));
      expect(ranks, "published first, then withheld, then missing").toEqual([...ranks].sort());
      const rates = descending.filter((row) => rank(row.value) === 0).map((row) => number(row.value));
      expect(rates.length).toBeGreaterThan(3);
      expect(rates).toEqual([...rates].sort((a, b) => b - a));

      await page.locator("#kaart-tabel thead th").filter({ hasText: m.columnValue }).getByRole("link").click();
      await expect(page).toHaveURL(/sorteer=waarde&volgorde=op#kaart-tabel$/);
      const ascending = (await rowsOfTable(page)).filter((row) => rank(row.value) === 0).map((row) => number(row.value));
      expect(ascending).toEqual([...rates].reverse());
    });

    test("a buurt shows the same figure on the map as on its own page", async ({ page }) => {
      await page.goto(`/${locale}/kaart`);
      const indicator = await page.getByLabel(m.indicator, { exact: true }).inputValue();
      const onMap = (await valuesOnMap(page)).get(CENTRUM.code)!;
      await mapOf(page).locator(`a[data-buurt="${CENTRUM.code}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/buurten/${CENTRUM.code}$`));
      const row = page.locator(`tr[data-indicator="${indicator}"]`);
      await expect(row.locator("td").first()).toHaveText(onMap.value);
    });

    test("pointing at a buurt or moving to it by keyboard says its value beside the map", async ({ page, isMobile }) => {
      test.skip(isMobile, "hover and Tab: desktop");
      await page.goto(`/${locale}/kaart`);
      const info = page.getByTestId("map-info");
      await expect(info).toHaveText(m.infoHint);
      const centrum = mapOf(page).locator(`a[data-buurt="${CENTRUM.code}"]`);
      const label = (await centrum.getAttribute("aria-label"))!;
      const { x, y } = await pointInShape(centrum);
      await page.mouse.move(x, y);
      await expect(info).toHaveText(label);
      await centrum.focus();
      await page.keyboard.press("Tab");
      const next = mapOf(page).locator("a").nth((await mapOf(page).locator("a").evaluateAll((all, code) => all.findIndex((a) => a.getAttribute("data-buurt") === code), CENTRUM.code)) + 1);
      await expect(next).toBeFocused();
      await expect(info).toHaveText((await next.getAttribute("aria-label"))!);
    });

    test("on a touch screen the first tap shows the value, the second opens the buurt", async ({ page, isMobile }) => {
      test.skip(!isMobile, "touch: phone");
      await page.goto(`/${locale}/kaart`);
      const centrum = mapOf(page).locator(`a[data-buurt="${CENTRUM.code}"]`);
      const label = (await centrum.getAttribute("aria-label"))!;
      const { x, y } = await pointInShape(centrum);
      await page.touchscreen.tap(x, y);
      const info = page.getByTestId("map-info");
      await expect(info).toContainText(label);
      await expect(page).toHaveURL(new RegExp(`/${locale}/kaart$`));
      await expect(info.getByRole("link", { name: m.infoOpen })).toHaveAttribute("href", `/${locale}/buurten/${CENTRUM.code}`);
      const again = await pointInShape(centrum);
      await page.touchscreen.tap(again.x, again.y);
      await expect(page).toHaveURL(new RegExp(`/${locale}/buurten/${CENTRUM.code}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(CENTRUM.name);
    });

    test("the interactive map loads only when asked, from our own origin, and says the same as the SVG", async ({ page, baseURL }) => {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(`/${locale}/kaart`);
      await expect(mapOf(page)).toBeVisible();
      const labels = new Set([...(await valuesOnMap(page)).values()].map((cell) => cell.label));
      expect(requests.filter((url) => /maplibre|\/kaart\/gebieden/.test(url)), "nothing of the interactive map before it is asked for").toEqual([]);

      await page.getByRole("button", { name: m.interactive }).click();
      await expect(page.locator('.buurtbeeld-interactive-map[data-state="ready"]')).toBeVisible({ timeout: 20_000 });
      await expect(mapOf(page)).toBeHidden();
      expect(requests.some((url) => url.endsWith("/assets/maplibre/maplibre-gl-worker.mjs"))).toBe(true);
      expect(requests.filter((url) => !url.startsWith(baseURL!) && !/^(data|blob):/.test(url)), "no tile server, no CDN").toEqual([]);

      const canvas = page.locator(".maplibregl-canvas");
      await canvas.scrollIntoViewIfNeeded();
      const box = (await canvas.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const popup = page.locator(".maplibregl-popup-content");
      await expect(popup).toBeVisible();
      const text = (await popup.locator("p").textContent())!;
      expect(labels.has(text), `the popup says what the SVG map says: ${text}`).toBe(true);
      await expect(popup.getByRole("link", { name: m.infoOpen })).toHaveAttribute("href", new RegExp(`^/${locale}/buurten/BU1991\\d{4}$`));

      await page.getByRole("button", { name: m.simple }).click();
      await expect(mapOf(page)).toBeVisible();
      await expect(page.locator(".buurtbeeld-interactive-map")).toHaveCount(0);
    });

    test("on the interactive map, the keyboard moves from buurt to buurt and the map follows", async ({ page }) => {
      await page.goto(`/${locale}/kaart`);
      const labels = new Set([...(await valuesOnMap(page)).values()].map((cell) => cell.label));
      await page.getByRole("button", { name: m.interactive }).focus();
      await page.keyboard.press("Enter");
      await expect(page.locator('.buurtbeeld-interactive-map[data-state="ready"]')).toBeVisible({ timeout: 20_000 });
      const list = page.getByLabel(m.jump);
      await list.focus();
      const chosen = page.getByTestId("interactive-map-chosen");
      const seen: string[] = [];
      for (let step = 0; step < 3; step++) {
        await page.keyboard.press("ArrowDown");
        const said = async () => ((await chosen.textContent()) ?? "").replace(m.infoOpen, "").trim();
        await expect.poll(said).not.toBe(seen.at(-1) ?? "");
        const sentence = await said();
        expect(labels.has(sentence), `the list says what the SVG map says: ${sentence}`).toBe(true);
        expect(seen).not.toContain(sentence);
        seen.push(sentence);
        await expect(page.locator(".maplibregl-popup-content p")).toHaveText(sentence);
      }
      await expect(chosen.getByRole("link", { name: m.infoOpen })).toHaveAttribute("href", new RegExp(`^/${locale}/buurten/BU1991\\d{4}$`));
    });

    test("a choice that does not exist is a 404, not another map", async ({ page }) => {
      for (const query of ["indicator=bestaat_niet", "jaar=1800", "jaar=twee", "sorteer=kleur", "indicator=a&indicator=b", "onbekend=1"]) {
        const response = await page.goto(`/${locale}/kaart?${query}`);
        expect(response?.status(), query).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFoundHeading);
      }
    });
  });
}
