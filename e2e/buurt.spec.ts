import { expect, test, type Page } from "@playwright/test";
import { CENTRUM, LOCALES, TEXT, WIJKEN, type Locale } from "./support/site.ts";

// A buurt page: breadcrumb, facts, a map of its wijk, the CBS key figures of its wijk and
// gemeente, the legend, the source, and links to the other buurten of the wijk.

const BUURT_TEXT = {
  nl: {
    breadcrumb: "Kruimelpad",
    pretitle: "Buurt in wijk Uden",
    facts: "Gegevens van de buurt",
    factRows: [
      ["CBS-code", CENTRUM.code],
      ["Wijk", "Uden"],
      ["Gemeente", "Maashorst"],
      ["Gebiedsindeling", "CBS 2022"],
    ],
    mapTitle: "Ligging van Centrum in de wijk Uden",
    figuresHeading: "Kerncijfers van het CBS",
    noBuurtFigures: "Het CBS publiceert in de ingelezen tabellen geen cijfers voor deze buurt zelf.",
    caption: "Kerncijfers 2024 (CBS-tabel 85984NED) voor Centrum, de wijk Uden en de gemeente Maashorst",
    columns: ["Cijfer", "Wijk Uden", "Gemeente Maashorst", "Eenheid"],
    inhabitants: ["Aantal inwoners", "37.505", "59.222", "aantal"],
    legendHeading: "Betekenis van de tekens",
    legend: ["“geheim”: het CBS maakt dit cijfer niet bekend", "“geen cijfer”: dit cijfer bestaat niet voor dit gebied."],
    source: /^Bron: CBS, Kerncijfers wijken en buurten 2024 \(tabel 85984NED\), ingelezen op \d{1,2} [a-z]+ \d{4}\.$/,
    neighbours: "Andere buurten in de wijk Uden",
  },
  en: {
    breadcrumb: "Breadcrumb",
    pretitle: "Neighbourhood in the district Uden",
    facts: "About this neighbourhood",
    factRows: [
      ["CBS code", CENTRUM.code],
      ["District (wijk)", "Uden"],
      ["Municipality", "Maashorst"],
      ["Area division", "CBS 2022"],
    ],
    mapTitle: "Location of Centrum in the district Uden",
    figuresHeading: "Key figures from CBS",
    noBuurtFigures: "In the imported tables CBS publishes no figures for this neighbourhood itself.",
    caption: "Key figures 2024 (CBS table 85984NED) for Centrum, the district Uden and the municipality of Maashorst",
    columns: ["Figure", "District Uden", "Municipality Maashorst", "Unit"],
    inhabitants: ["Inhabitants", "37,505", "59,222", "number"],
    legendHeading: "What the symbols mean",
    legend: ["“secret”: CBS does not publish this figure", "“no figure”: this figure does not exist for this area."],
    source: /^Source: CBS, Kerncijfers wijken en buurten 2024 \(table 85984NED\), imported on .*\b\d{4}\.$/,
    neighbours: "Other neighbourhoods in the district Uden",
  },
} as const;

const UDEN_BUURTEN = WIJKEN[0].buurten;

function figureTable(page: Page, locale: Locale) {
  return page.getByRole("table", { name: BUURT_TEXT[locale].caption });
}

for (const locale of LOCALES) {
  const b = BUURT_TEXT[locale];
  const path = `/${locale}/buurten/${CENTRUM.code}`;

  test.describe(`buurt page ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
    });

    test("breadcrumb, pre-heading, heading and facts", async ({ page }) => {
      const breadcrumb = page.getByRole("navigation", { name: b.breadcrumb });
      const crumbs = breadcrumb.getByRole("link");
      await expect(crumbs).toHaveText([TEXT[locale].navHome, CENTRUM.name]);
      await expect(crumbs.first()).toHaveAttribute("href", `/${locale}`);
      await expect(crumbs.last()).toHaveAttribute("aria-current", "page");

      await expect(page.getByRole("main").getByText(b.pretitle, { exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(CENTRUM.name);

      const facts = page.getByLabel(b.facts);
      await expect(facts).toBeVisible();
      await expect(facts.getByRole("term")).toHaveText(b.factRows.map(([key]) => key));
      await expect(facts.getByRole("definition")).toHaveText(b.factRows.map(([, value]) => value));
    });

    test("the wijk map highlights this buurt and links the other buurten of the wijk", async ({ page }) => {
      const map = page.getByRole("main").locator("svg").first();
      await expect(map).toBeVisible();
      await expect(map).toHaveAccessibleName(b.mapTitle);
      const links = map.getByRole("link");
      await expect(links).toHaveCount(UDEN_BUURTEN - 1);
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/buurten/BU199101\\d{2}$`));
      expect(hrefs, "the buurt does not link to itself").not.toContain(path);

      // The buurt itself is a shape of its own, coloured differently from its neighbours.
      const fills = await map.evaluate((svg) => {
        const fill = (element: Element | null) => (element ? getComputedStyle(element).fill : null);
        const own = [...svg.querySelectorAll(":scope > path")];
        return { own: own.map(fill), neighbour: fill(svg.querySelector("a path")) };
      });
      expect(fills.own, "exactly one shape that is not a link: the buurt itself").toHaveLength(1);
      expect(fills.own[0]).not.toBe(fills.neighbour);
    });

    test("the key figures table of wijk and gemeente, with legend and source", async ({ page }) => {
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { level: 2, name: b.figuresHeading })).toBeVisible();
      await expect(main).toContainText(b.noBuurtFigures);

      const table = figureTable(page, locale);
      await expect(table).toBeVisible();
      await expect(table.locator("thead th")).toHaveText([...b.columns]);

      const [label, wijk, gemeente, unit] = b.inhabitants;
      const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole("cell")).toHaveText([wijk, gemeente, unit]);

      await expect(main.getByText(b.legendHeading, { exact: true })).toBeVisible();
      for (const line of b.legend) await expect(main.getByText(line)).toBeVisible();
      await expect(main.getByText(b.source)).toBeVisible();
    });

    test("links to the other buurten of the wijk, the same as on the map", async ({ page }) => {
      const heading = page.getByRole("heading", { level: 2, name: b.neighbours });
      await expect(heading).toBeVisible();
      const list = page.getByRole("main").getByRole("list").last();
      const listLinks = list.getByRole("link");
      await expect(listLinks).toHaveCount(UDEN_BUURTEN - 1);
      const fromList = await listLinks.evaluateAll((anchors) => anchors.map((a) => `${a.getAttribute("href")} ${a.textContent}`));
      const fromMap = await page
        .getByRole("main")
        .locator("svg a")
        .evaluateAll((anchors) => anchors.map((a) => `${a.getAttribute("href")} ${a.getAttribute("aria-label")}`));
      expect(fromList.sort()).toEqual(fromMap.sort());

      const first = listLinks.first();
      const name = (await first.textContent())!;
      await first.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.getByRole("main").getByRole("heading", { level: 2, name: b.neighbours })).toBeVisible();
    });
  });
}

test("a buurt in another wijk shows that wijk: Reek", async ({ page }) => {
  const response = await page.goto("/en/buurten/BU19910501");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main").getByText("Neighbourhood in the district Reek", { exact: true })).toBeVisible();
  const table = page.getByRole("table", { name: /^Key figures 2024 \(CBS table 85984NED\) for .+, the district Reek and the municipality of Maashorst$/ });
  await expect(table.locator("thead th")).toHaveText(["Figure", "District Reek", "Municipality Maashorst", "Unit"]);
  const neighbours = page.getByRole("main").locator("svg a");
  await expect(neighbours).toHaveCount(1);
  await expect(neighbours).toHaveAttribute("href", "/en/buurten/BU19910502");
});

test.describe("buurt URLs", () => {
  test("a lower-case code redirects permanently to the upper-case URL", async ({ request }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "HTTP behaviour; checked once on desktop");
    for (const locale of LOCALES) {
      const response = await request.get(`/${locale}/buurten/${CENTRUM.code.toLowerCase()}`, { maxRedirects: 0 });
      expect([301, 308]).toContain(response.status());
      const location = response.headers()["location"];
      expect(new URL(location ?? "", "http://x").pathname).toBe(`/${locale}/buurten/${CENTRUM.code}`);
    }
  });

  test("a visitor following a lower-case link ends on the buurt page", async ({ page }) => {
    await page.goto(`/nl/buurten/${CENTRUM.code.toLowerCase()}`);
    await expect(page).toHaveURL(`/nl/buurten/${CENTRUM.code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CENTRUM.name);
  });
});
