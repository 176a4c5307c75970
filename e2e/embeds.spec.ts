import { expect, type Page, test } from "@playwright/test";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { parseCsp } from "./support/csp.ts";
import { currentTabStop, markFocusables, missingFocusIndicator } from "./support/focus.ts";
import { BUURT_COUNT, CENTRUM, TEXT } from "./support/site.ts";

// Embeds: the map widget and the buurt card that partners put in an iframe, and the page
// that writes the <iframe> for them. A widget says what the portal says (same release, same
// values, same statuses), fits a 300 × 300 frame, and only the portal and the configured
// origins may frame it.

const EMBED = {
  source: "Bron: Buurtbeeld Maashorst",
  demo: /^Demogegevens/,
  viewMap: "Kaart",
  viewTable: "Tabel",
  legendSuppressed: /^afgeschermd: /,
  legendNoData: /^geen gegevens/,
  kindBuurt: "Kerncijfers van één buurt",
  buurt: "Buurt (voor de kerncijfers)",
  width: "Breedte in pixels",
  height: "Hoogte in pixels",
  submit: "Maak de code",
  snippet: "HTML-code: selecteer alles en kopieer het naar uw website",
  widthProblem: "De breedte moet een heel getal zijn van 300 tot en met 1600 pixels.",
  yearProblem: "Dit jaar staat niet in de huidige cijfers. Kies een jaar uit de lijst.",
  problemsHeading: "Dit klopt nog niet",
  noOrigins: /Nog geen enkele andere website mag de widget tonen/,
} as const;

const config = loadMunicipalityConfig();
const FRAME_ANCESTORS = ["'self'", ...config.embed.allowedOrigins];

const MAP_WIDGET = "/nl/insluiten/kaart";
const CARD_WIDGET = `/nl/insluiten/buurten/${CENTRUM.code}`;

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the widgets set their own frame sizes; checked once on desktop");
});

/** Whether anything sticks out to the right of the document (the page would scroll sideways). */
async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

/** Buurt code → value and status from a table with data-buurt and data-status rows. */
async function tableValues(page: Page, rows: string, valueColumn: number): Promise<Map<string, { value: string; status: string }>> {
  const list = await page.locator(rows).evaluateAll(
    (trs, column) =>
      trs.map((tr) => ({
        code: tr.getAttribute("data-buurt")!,
        status: tr.getAttribute("data-status")!,
        value: tr.querySelectorAll("td")[column]!.textContent!.trim(),
      })),
    valueColumn,
  );
  return new Map(list.map((row) => [row.code, { value: row.value, status: row.status }]));
}

/** Buurt code → the map link's sentence (name, wijk, value, year). */
async function mapLabels(page: Page): Promise<Map<string, string>> {
  const links = await page.locator("svg.buurtbeeld-choropleth__svg a").evaluateAll((anchors) => anchors.map((a) => [a.getAttribute("data-buurt")!, a.getAttribute("aria-label")!] as const));
  return new Map(links);
}

test.describe("the map widget", () => {
  test("fits a 300 × 300 frame: no sideways scrolling, the legend below the map with the withheld and no-data classes, and the table one link away", async ({ page }) => {
    await page.setViewportSize({ width: 300, height: 300 });
    const response = await page.goto(MAP_WIDGET);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.nl.mapTitle);
    // The widget's own document: no site header, navigation or skip link.
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(page.getByRole("link", { name: TEXT.nl.skipLink })).toHaveCount(0);

    const size = await horizontalOverflow(page);
    expect(size.scrollWidth, "the map view scrolls sideways").toBeLessThanOrEqual(size.clientWidth);
    const map = page.locator("svg.buurtbeeld-choropleth__svg");
    const mapBox = (await map.boundingBox())!;
    expect(mapBox.width).toBeLessThanOrEqual(300);
    expect(mapBox.height, "the map is big enough to see").toBeGreaterThan(100);
    await expect(map.locator("a")).toHaveCount(BUURT_COUNT);

    const legend = page.locator(".buurtbeeld-map-legend");
    const legendBox = (await legend.boundingBox())!;
    expect(legendBox.y, "the legend wraps below the map").toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
    await expect(legend.locator('[data-class="suppressed"]')).toContainText(EMBED.legendSuppressed);
    await expect(legend.locator('[data-class="no-data"]')).toContainText(EMBED.legendNoData);

    // Every buurt opens the portal in a new tab, out of the partner's frame.
    const targets = await map.locator("a").evaluateAll((anchors) => [...new Set(anchors.map((a) => `${a.getAttribute("target")} ${a.getAttribute("rel")}`))]);
    expect(targets).toEqual(["_blank noopener"]);

    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: EMBED.source })).toHaveAttribute("href", /^\/nl\/kaart\?indicator=[a-z0-9_-]+&jaar=\d{4}$/);
    await expect(footer.getByRole("link", { name: EMBED.source })).toHaveAttribute("target", "_blank");
    await expect(footer.getByRole("note")).toHaveText(EMBED.demo);

    await page.getByRole("navigation").getByRole("link", { name: EMBED.viewTable, exact: true }).click();
    await expect(page).toHaveURL(/\/nl\/insluiten\/kaart\?weergave=tabel$/);
    await expect(page.locator("#embed-tabel tbody tr")).toHaveCount(BUURT_COUNT);
    const tableSize = await horizontalOverflow(page);
    expect(tableSize.scrollWidth, "the table view scrolls sideways").toBeLessThanOrEqual(tableSize.clientWidth);
    await expect(page.locator("#embed-tabel tbody th a").first()).toHaveAttribute("target", "_blank");
    await page.getByRole("navigation").getByRole("link", { name: EMBED.viewMap, exact: true }).click();
    await expect(page).toHaveURL(/\/nl\/insluiten\/kaart$/);
  });

  test("shows exactly the values and statuses of /nl/kaart, for every indicator", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto("/nl/kaart");
    const indicators = await page.locator("#map-indicator option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const year = await page.locator("#map-year").inputValue();
    expect(indicators.length).toBeGreaterThan(3);
    let withheld = 0;
    for (const indicator of indicators) {
      await page.goto(`/nl/kaart?indicator=${indicator}&jaar=${year}`);
      const portal = await tableValues(page, "#kaart-tabel tbody tr", 1);
      const portalMap = await mapLabels(page);
      await page.goto(`/nl/insluiten/kaart?indicator=${indicator}&jaar=${year}&weergave=tabel`);
      const widget = await tableValues(page, "#embed-tabel tbody tr", 0);
      expect(widget, `table of ${indicator} ${year}`).toEqual(portal);
      await page.goto(`/nl/insluiten/kaart?indicator=${indicator}&jaar=${year}`);
      expect(await mapLabels(page), `map of ${indicator} ${year}`).toEqual(portalMap);
      withheld += [...widget.values()].filter((cell) => cell.status === "SUPPRESSED").length;
      for (const cell of widget.values()) if (cell.status === "SUPPRESSED") expect(cell.value).toBe(TEXT.nl.withheld);
    }
    expect(withheld, "some buurt of the demo release is withheld, so the statuses were compared too").toBeGreaterThan(0);
  });

  test("answers a choice the release does not have with a 404 inside the frame", async ({ request, page }) => {
    for (const query of ["indicator=bestaat-niet", "jaar=1900", "weergave=lijst", "sorteer=waarde"]) {
      const response = await request.get(`${MAP_WIDGET}?${query}`);
      expect(response.status(), query).toBe(404);
      expect(parseCsp(response.headers()["content-security-policy"]).get("frame-ancestors"), query).toEqual(FRAME_ANCESTORS);
    }
    await page.goto(`${MAP_WIDGET}?indicator=bestaat-niet`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.nl.notFoundHeading);
    await expect(page.getByRole("banner"), "the widget's 404 keeps the widget's document").toHaveCount(0);
  });
});

test.describe("the buurt card", () => {
  test("fits a 300 × 300 frame and links to the full profile in a new tab", async ({ page }) => {
    await page.setViewportSize({ width: 300, height: 300 });
    await page.goto(CARD_WIDGET);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CENTRUM.name);
    await expect(page.getByRole("main")).toContainText(CENTRUM.wijk);
    const size = await horizontalOverflow(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    await expect(page.locator("li[data-indicator]")).not.toHaveCount(0);
    const profile = page.getByRole("main").getByRole("link", { name: new RegExp(CENTRUM.name) });
    await expect(profile).toHaveAttribute("href", `/nl/buurten/${CENTRUM.code}`);
    await expect(profile).toHaveAttribute("target", "_blank");
    await expect(page.getByRole("contentinfo").getByRole("note")).toHaveText(EMBED.demo);
  });

  test("says what the profile says, 'afgeschermd' where the profile withholds a figure, never a number", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto("/nl/kaart");
    const codes = await page.locator("#kaart-tabel tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-buurt")!));
    // Centrum first; then on until a card shows a withheld figure.
    let withheld = false;
    // A handful of buurten is enough to compare; every card is built by the same code.
    for (const code of [CENTRUM.code, ...codes.filter((candidate) => candidate !== CENTRUM.code)].slice(0, 6)) {
      await page.goto(`/nl/insluiten/buurten/${code}`);
      const card = await page.locator("li[data-indicator]").evaluateAll((items) =>
        items.map((item) => ({
          indicator: item.getAttribute("data-indicator")!,
          status: item.getAttribute("data-status")!,
          value: item.querySelector("[data-value]")!.textContent!.trim(),
        })),
      );
      expect(card.length, code).toBeGreaterThan(0);
      await page.goto(`/nl/buurten/${code}`);
      for (const figure of card) {
        const onProfile = (await page.locator(`tr[data-indicator="${figure.indicator}"]`).first().locator("td").first().textContent())!.trim();
        expect(figure.value, `${code} ${figure.indicator}`).toBe(onProfile);
        if (figure.status === "SUPPRESSED") {
          expect(figure.value).toBe(TEXT.nl.withheld);
          withheld = true;
        }
        if (onProfile === TEXT.nl.withheld) expect(figure.status).toBe("SUPPRESSED");
      }
      if (withheld) break;
    }
    // The card's key figures are mostly plain population counts, which are rounded but never
    // withheld; when the demo release withholds none of them, equality above is the check.
    test.info().annotations.push({ type: "withheld on a card", description: String(withheld) });
  });

  test("answers an unknown buurt with a 404 inside the frame, and a lower-case code with the canonical address", async ({ page, request }) => {
    const response = await page.goto("/nl/insluiten/buurten/BU99999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.nl.notFoundHeading);
    await expect(page.getByRole("main")).toContainText(TEXT.nl.notFoundBuurt("BU99999999"));
    expect((await request.get("/nl/insluiten/buurten/nope")).status()).toBe(404);
    await page.goto(`/nl/insluiten/buurten/${CENTRUM.code.toLowerCase()}`);
    await expect(page).toHaveURL(CARD_WIDGET);
  });
});

test.describe("who may frame what", () => {
  for (const path of [MAP_WIDGET, `${MAP_WIDGET}?weergave=tabel`, CARD_WIDGET, "/en/insluiten/kaart"]) {
    test(`${path}: frame-ancestors 'self' and the configured origins, no X-Frame-Options`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(parseCsp(headers["content-security-policy"]).get("frame-ancestors")).toEqual(FRAME_ANCESTORS);
      expect(headers["x-frame-options"]).toBeUndefined();
      // Everything else stays as strict as on the portal's pages.
      expect(parseCsp(headers["content-security-policy"]).get("script-src")).toEqual(expect.arrayContaining([expect.stringMatching(/^'nonce-/)]));
      expect(headers["x-content-type-options"]).toBe("nosniff");
    });
  }

  for (const path of ["/nl/kaart", "/nl/insluiten", `/nl/buurten/${CENTRUM.code}`]) {
    test(`${path}: frame-ancestors 'none' and X-Frame-Options DENY`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(parseCsp(response.headers()["content-security-policy"]).get("frame-ancestors")).toEqual(["'none'"]);
      expect(response.headers()["x-frame-options"]).toBe("DENY");
    });
  }

  test("a site that is not configured gets an empty frame", async ({ page, baseURL }) => {
    // A partner page on another origin of the same machine (localhost against 127.0.0.1).
    const partner = new URL("/partner", baseURL!.replace("127.0.0.1", "localhost")).toString();
    await page.route(partner, (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><title>Partner</title><iframe title="widget" src="${baseURL}${MAP_WIDGET}"></iframe>` }),
    );
    await page.goto(partner);
    // The parent's load waits for its frame; by then the browser has put its own error page there.
    await page.waitForLoadState("load");
    await expect(page.frameLocator("iframe").locator(".buurtbeeld-embed")).toHaveCount(0);
    await expect(page.frameLocator("iframe").locator("svg.buurtbeeld-choropleth__svg")).toHaveCount(0);
    // The same widget framed by the portal's own origin is shown: the refusal above is the header's doing.
    const own = new URL("/partner-self", baseURL).toString();
    await page.route(own, (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><title>Self</title><iframe title="widget" src="${baseURL}${MAP_WIDGET}"></iframe>` }),
    );
    await page.goto(own);
    await expect(page.frameLocator("iframe").locator("svg.buurtbeeld-choropleth__svg")).toHaveCount(1);
  });
});

test("every Tab stop in the widgets shows where focus is", async ({ page }) => {
  for (const path of [MAP_WIDGET, `${MAP_WIDGET}?weergave=tabel`, CARD_WIDGET]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const focusables = await markFocusables(page);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < focusables + 5; i++) {
      await page.keyboard.press("Tab");
      const stop = await currentTabStop(page);
      if (!stop || seen.has(stop.description)) break;
      seen.add(stop.description);
      const problem = missingFocusIndicator(stop);
      if (problem) problems.push(problem);
    }
    expect(seen.size, `${path} has Tab stops`).toBeGreaterThan(1);
    expect(problems, `Tab stops without a visible focus indicator on ${path}`).toEqual([]);
  }
});

test.describe("the snippet generator", () => {
  test("is linked from every page's footer", async ({ page }) => {
    await page.goto(`/nl/buurten/${CENTRUM.code}`);
    await page.getByRole("contentinfo").getByRole("link", { name: TEXT.nl.navEmbed }).click();
    await expect(page).toHaveURL("/nl/insluiten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.nl.embedHeading);
  });

  test("writes a map snippet by default, with a live preview, and says who may embed it", async ({ page, request }) => {
    await page.goto("/nl/insluiten");
    const snippet = await page.getByLabel(EMBED.snippet).inputValue();
    const [, src] = snippet.match(/^<iframe src="([^"]+)" title="[^"]+" width="600" height="560" loading="lazy"><\/iframe>$/)!;
    const url = new URL(src!.replaceAll("&amp;", "&"));
    expect(url.protocol).toMatch(/^https?:$/);
    expect(url.pathname).toBe(MAP_WIDGET);
    expect(url.searchParams.get("indicator")).toMatch(/^[a-z0-9_-]+$/);
    const widget = await request.get(url.pathname + url.search);
    expect(widget.status()).toBe(200);
    await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveText(TEXT.nl.mapTitle);
    if (config.embed.allowedOrigins.length === 0) await expect(page.getByRole("main")).toContainText(EMBED.noOrigins);
    else for (const origin of config.embed.allowedOrigins) await expect(page.getByRole("main")).toContainText(origin);
  });

  test("writes a buurt card snippet whose src loads, in the chosen size", async ({ page, request }) => {
    await page.goto("/nl/insluiten");
    await page.getByLabel(EMBED.kindBuurt).check();
    await page.getByLabel(EMBED.buurt).selectOption(CENTRUM.code);
    await page.getByLabel(EMBED.width).fill("320");
    await page.getByLabel(EMBED.height).fill("400");
    await page.getByRole("button", { name: EMBED.submit }).click();
    await expect(page).toHaveURL(/\/nl\/insluiten\?soort=buurt&/);
    const snippet = await page.getByLabel(EMBED.snippet).inputValue();
    const [, src] = snippet.match(/^<iframe src="([^"]+)" title="[^"]*Centrum[^"]*" width="320" height="400" loading="lazy"><\/iframe>$/)!;
    const url = new URL(src!);
    expect(url.pathname).toBe(CARD_WIDGET);
    const widget = await request.get(url.pathname);
    expect(widget.status()).toBe(200);
    expect(parseCsp(widget.headers()["content-security-policy"]).get("frame-ancestors")).toEqual(FRAME_ANCESTORS);
    const preview = page.locator("iframe");
    await expect(preview).toHaveAttribute("width", "320");
    await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveText(CENTRUM.name);
  });

  test("says what is wrong with a bad choice, on the page, without a snippet", async ({ page }) => {
    const response = await page.goto("/nl/insluiten?soort=kaart&jaar=1800&breedte=abc&hoogte=400");
    expect(response?.status()).toBe(200);
    const problems = page.getByRole("group", { name: EMBED.problemsHeading });
    await expect(problems).toContainText(EMBED.widthProblem);
    await expect(problems).toContainText(EMBED.yearProblem);
    await expect(page.getByLabel(EMBED.width)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(EMBED.snippet)).toHaveCount(0);
    await expect(page.locator("iframe")).toHaveCount(0);
  });
});
