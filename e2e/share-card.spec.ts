import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { CENTRUM, LOCALES, type Locale } from "./support/site.ts";

// Share cards: every buurt page and every indicator map names an Open Graph image (a
// 1200×630 PNG drawn on the server) and says its title and description in the page's
// language; the image is cached by ETag. What a card *says* is checked by the unit tests
// of its text (tests/unit/share-card-text.test.ts): a PNG cannot be read back here.

const SHARE = {
  nl: {
    ogLocale: "nl_NL",
    buurtTitle: `${CENTRUM.name} – buurt in Maashorst`,
    buurtDescription: `Kerncijfers van de buurt ${CENTRUM.name} in de wijk ${CENTRUM.wijk}, gemeente Maashorst.`,
    buurtAlt: `${CENTRUM.name} in de wijk ${CENTRUM.wijk}: kaartje en kerncijfers`,
    mapTitle: /^Kaart van Maashorst: .+$/,
    mapDescription: /^.+ per buurt in Maashorst, \d{4}: beschermde cijfers uit de registers van de gemeente\.$/,
    mapAlt: /^Kaart van Maashorst: .+ per buurt, \d{4}, met legenda$/,
  },
  en: {
    ogLocale: "en_GB",
    buurtTitle: `${CENTRUM.name} – neighbourhood in Maashorst`,
    buurtDescription: `Key figures of the neighbourhood ${CENTRUM.name} in the district ${CENTRUM.wijk}, municipality of Maashorst.`,
    buurtAlt: `${CENTRUM.name} in the district ${CENTRUM.wijk}: small map and key figures`,
    mapTitle: /^Map of Maashorst: .+$/,
    mapDescription: /^.+ by neighbourhood in Maashorst, \d{4}: protected figures from the municipality's registers\.$/,
    mapAlt: /^Map of Maashorst: .+ by neighbourhood, \d{4}, with legend$/,
  },
} as const;

async function meta(page: Page, key: string): Promise<string | null> {
  const tag = page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
  await expect(tag, key).toHaveCount(1);
  return tag.getAttribute("content");
}

/** Width and height from a PNG's IHDR chunk, after the 8-byte signature and the chunk header. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  expect(body.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** Fetches a card, checks that it is a cacheable 1200×630 PNG, and returns its ETag and bytes. */
async function fetchCard(request: APIRequestContext, url: string): Promise<{ etag: string; body: Buffer }> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("image/png");
  expect(headers["cache-control"]).toMatch(/^public, .*max-age=\d+/);
  expect(headers["etag"]).toMatch(/^"[^"]+"$/);
  const body = await response.body();
  expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
  // A card with a map and text, not an empty canvas.
  expect(body.length).toBeGreaterThan(20_000);
  return { etag: headers["etag"]!, body };
}

test.describe("share cards", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "meta tags and images do not depend on the viewport; checked once on desktop");
  });

  for (const locale of LOCALES) {
    const s = SHARE[locale];

    test(`buurt (${locale}): Open Graph and Twitter meta in the page's language, pointing at its card`, async ({ page, baseURL }) => {
      await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
      expect(await meta(page, "og:title")).toBe(s.buurtTitle);
      expect(await meta(page, "og:description")).toBe(s.buurtDescription);
      expect(await meta(page, "description")).toBe(s.buurtDescription);
      expect(await meta(page, "og:locale")).toBe(s.ogLocale);
      expect(await meta(page, "og:type")).toBe("website");
      expect(await meta(page, "og:site_name")).toBe("Buurtbeeld Maashorst");
      expect(await meta(page, "og:image")).toBe(`${baseURL}/${locale}/buurten/${CENTRUM.code}/deelbeeld`);
      expect(await meta(page, "og:image:width")).toBe("1200");
      expect(await meta(page, "og:image:height")).toBe("630");
      expect(await meta(page, "og:image:alt")).toBe(s.buurtAlt);
      expect(await meta(page, "twitter:card")).toBe("summary_large_image");
      await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en/buurten/${CENTRUM.code}`);
    });

    test(`map (${locale}): Open Graph and Twitter meta name the card of the chosen indicator and year`, async ({ page, baseURL }) => {
      await page.goto(`/${locale}/kaart`);
      const image = new URL((await meta(page, "og:image"))!);
      expect(image.origin).toBe(new URL(baseURL!).origin);
      expect(image.pathname).toBe(`/${locale}/kaart/deelbeeld`);
      const indicator = image.searchParams.get("indicator")!;
      const year = image.searchParams.get("jaar")!;
      expect(indicator).toMatch(/^[a-z0-9_]+$/);
      expect(year).toMatch(/^\d{4}$/);
      expect(await meta(page, "og:title")).toMatch(s.mapTitle);
      expect(await meta(page, "og:description")).toMatch(s.mapDescription);
      expect(await meta(page, "og:description")).toContain(year);
      expect(await meta(page, "og:locale")).toBe(s.ogLocale);
      expect(await meta(page, "og:image:alt")).toMatch(s.mapAlt);
      expect(await meta(page, "twitter:card")).toBe("summary_large_image");

      // Another choice names another card.
      const other = await page.locator("#map-indicator option").evaluateAll(
        (options, current) => options.map((option) => (option as HTMLOptionElement).value).find((value) => value !== current),
        indicator,
      );
      await page.goto(`/${locale}/kaart?indicator=${other}&jaar=${year}`);
      expect(new URL((await meta(page, "og:image"))!).searchParams.get("indicator")).toBe(other);
    });
  }

  test("a buurt's card is a cached 1200×630 PNG: the same ETag gets 304, the other language another card", async ({ request }) => {
    const url = `/nl/buurten/${CENTRUM.code}/deelbeeld`;
    const first = await fetchCard(request, url);
    const again = await request.get(url, { headers: { "if-none-match": first.etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()["etag"]).toBe(first.etag);
    expect((await again.body()).length).toBe(0);
    expect((await request.get(url, { headers: { "if-none-match": '"stale"' } })).status()).toBe(200);

    const english = await fetchCard(request, `/en/buurten/${CENTRUM.code}/deelbeeld`);
    expect(english.etag).not.toBe(first.etag);
    expect(english.body.equals(first.body)).toBe(false);
  });

  test("a map's card is a cached 1200×630 PNG per choice, and answers If-None-Match with 304", async ({ page, request }) => {
    await page.goto("/en/kaart");
    const url = (await meta(page, "og:image"))!;
    const first = await fetchCard(request, url);
    const again = await request.get(url, { headers: { "if-none-match": first.etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()["cache-control"]).toMatch(/^public, /);
    // Without a query the card shows the same default choice, so it is the same card.
    expect((await fetchCard(request, "/en/kaart/deelbeeld")).etag).toBe(first.etag);
  });

  for (const [what, url] of [
    ["an unknown indicator", "/nl/kaart/deelbeeld?indicator=bestaat_niet"],
    ["a year without figures", "/en/kaart/deelbeeld?jaar=1999"],
    ["a malformed choice", "/nl/kaart/deelbeeld?jaar=twee"],
    ["an unknown query key", "/nl/kaart/deelbeeld?kleur=rood"],
    ["an unknown buurt", "/nl/buurten/BU99999999/deelbeeld"],
    ["a malformed buurt code", "/en/buurten/%3Cscript%3E/deelbeeld"],
  ] as const) {
    test(`the card of ${what} is not found (404, no image)`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).not.toBe("image/png");
    });
  }

  test("a lower-case buurt code leads to the card's canonical address", async ({ request }) => {
    const response = await request.get(`/nl/buurten/${CENTRUM.code.toLowerCase()}/deelbeeld`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toBe(`/nl/buurten/${CENTRUM.code}/deelbeeld`);
  });

  test("the home page shares the default map's card; the info pages have a description of their own", async ({ page }) => {
    for (const locale of LOCALES as readonly Locale[]) {
      await page.goto(`/${locale}`);
      expect(new URL((await meta(page, "og:image"))!).pathname).toBe(`/${locale}/kaart/deelbeeld`);
      expect(await meta(page, "twitter:card")).toBe("summary_large_image");
      const descriptions = new Set<string | null>();
      for (const path of ["", "/over-de-cijfers", "/privacy", "/toegankelijkheid"]) {
        await page.goto(`/${locale}${path}`);
        descriptions.add(await meta(page, "description"));
      }
      expect(descriptions.size, `${locale}: every page says what it is about`).toBe(4);
    }
  });
});
