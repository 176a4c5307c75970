import { expect, test } from "@playwright/test";
import { LOCALES, TEXT } from "./support/site.ts";

// Unknown and malformed addresses: always HTTP 404 with a translated page, never a 500,
// and whatever the visitor typed is shown as text, never as markup.

const LONG_CODE = `BU${"9".repeat(298)}`;

for (const locale of LOCALES) {
  const t = TEXT[locale];

  test.describe(`not found (${locale})`, () => {
    test("an unknown buurt code names the code and links home", async ({ page }) => {
      const response = await page.goto(`/${locale}/buurten/BU99999999`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFoundHeading);
      await expect(page.getByRole("main")).toContainText(t.notFoundBuurt("BU99999999"));
      await expect(page).toHaveTitle(new RegExp(t.notFoundHeading));

      await page.getByRole("main").getByRole("link", { name: t.notFoundHome }).click();
      await expect(page).toHaveURL(`/${locale}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.homeHeading);
    });

    test("an unknown path gets the general not-found text", async ({ page }) => {
      const response = await page.goto(`/${locale}/nope`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFoundHeading);
      await expect(page.getByRole("main")).toContainText(t.notFoundBody);
    });

    test.describe("odd codes", () => {
      test.beforeEach(({}, testInfo) => {
        test.skip(testInfo.project.name === "phone", "server output, not layout; checked once on desktop");
      });

      for (const [description, segment, shown] of [
        ["a malformed code", "abc", "abc"],
        ["a code one digit short", "BU1991010", "BU1991010"],
        ["a wijk code", "WK199101", "WK199101"],
      ] as const) {
        test(`${description} (${segment}) is a 404 that names it`, async ({ page }) => {
          const response = await page.goto(`/${locale}/buurten/${segment}`);
          expect(response?.status()).toBe(404);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFoundHeading);
          await expect(page.getByRole("main")).toContainText(t.notFoundBuurt(shown));
        });
      }

      test("a 300-character code is a 404, not an error", async ({ page }) => {
        const response = await page.goto(`/${locale}/buurten/${LONG_CODE}`);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFoundHeading);
      });

      for (const payload of ["<script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>"]) {
        test(`markup in the code (${payload}) is shown as text only`, async ({ page }) => {
          const dialogs: string[] = [];
          page.on("dialog", async (dialog) => {
            dialogs.push(dialog.message());
            await dialog.dismiss();
          });
          const response = await page.goto(`/${locale}/buurten/${encodeURIComponent(payload)}`);
          expect(response?.status()).toBe(404);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFoundHeading);
          const main = page.getByRole("main");
          await expect(main).toContainText(t.notFoundBuurt(payload));
          await expect(main.locator("script, img, svg")).toHaveCount(0);
          await page.waitForLoadState("networkidle");
          expect(dialogs, "no script from the URL ran").toEqual([]);
        });
      }
    });
  });
}

test.describe("HTTP status of odd buurt addresses", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "HTTP status codes do not depend on the viewport; checked once on desktop");
  });

  for (const segment of ["BU99999999", "%3Cscript%3E", "abc", LONG_CODE, "BU19910101%2F..", "..%2F..%2Fetc%2Fpasswd", "%25"]) {
    test(`/nl/buurten/${segment.slice(0, 40)} answers 404`, async ({ request }) => {
      const response = await request.get(`/nl/buurten/${segment}`, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    });
  }

  // A broken percent-escape is a client error (400 or 404), not a server error.
  for (const path of ["/nl/buurten/%E0%A4%A", "/en/buurten/%C0", "/nl/buurten/%ZZ", "/nl/buurten/BU1991010%", "/en/%E0%A4%A"]) {
    test(`${path} (invalid percent-encoding) is not a server error`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), `${path} answered ${response.status()}: ${(await response.text()).slice(0, 80)}`).toBeLessThan(500);
      expect([400, 404]).toContain(response.status());
    });
  }
});

test.describe("a visitor without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // The portal promises pages that work without client JavaScript (server-rendered map
  // and lists); the not-found page must be readable in the HTML itself too.
  for (const locale of LOCALES) {
    test(`sees the translated not-found page (${locale})`, async ({ page }) => {
      const response = await page.goto(`/${locale}/buurten/BU99999999`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[locale].notFoundHeading);
      await expect(page.getByRole("link", { name: TEXT[locale].notFoundHome })).toHaveAttribute("href", `/${locale}`);
    });
  }

  test("sees the not-found page for a map choice that does not exist, and gets the map by choosing", async ({ page }) => {
    const response = await page.goto("/nl/kaart?indicator=bestaat_niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.nl.notFoundHeading);
    await page.goto("/nl/kaart");
    const choice = page.getByLabel("Indicator", { exact: true });
    const last = await choice.locator("option").last().getAttribute("value");
    await choice.selectOption(last!);
    await page.getByRole("button", { name: "Toon op de kaart" }).click();
    await expect(page).toHaveURL(new RegExp(`/nl/kaart\\?indicator=${last}&jaar=\\d{4}$`));
    await expect(page.getByRole("main").locator("svg a")).toHaveCount(39);
  });

  test("still gets the home page and a buurt page", async ({ page }) => {
    await page.goto("/nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.nl.homeHeading);
    await expect(page.getByRole("main").locator("svg a")).toHaveCount(39);
    await page.getByRole("main").getByRole("link", { name: "Centrum", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centrum");
  });
});

test("a path outside both languages (/missing.txt) goes to the visitor's language and is not found there", async ({ browser }) => {
  // The browser's locale decides its Accept-Language header.
  for (const [browserLocale, locale] of [["en-GB", "en"], ["nl-NL", "nl"], ["de-DE", "nl"]] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    const response = await page.goto("/missing.txt");
    expect(response?.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe(`/${locale}/missing.txt`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[locale].notFoundHeading);
    await expect(page.getByRole("link", { name: TEXT[locale].notFoundHome })).toHaveAttribute("href", `/${locale}`);
    await context.close();
  }
});
