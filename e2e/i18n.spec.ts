import { expect, test } from "@playwright/test";
import { ALL_PAGES, inOtherLocale, OTHER_LOCALE, TEXT } from "./support/site.ts";

// Both languages for every page type: the right language on <html>, translated headings
// and chrome, and a language switch that leads to the same page in the other language.

for (const page of ALL_PAGES) {
  test(`${page.name}: language ${page.locale} everywhere on ${page.path}, and the switch to the other language`, async ({ page: browserPage }) => {
    const t = TEXT[page.locale];
    const response = await browserPage.goto(page.path);
    expect(response?.status()).toBe(page.status);

    await expect(browserPage.locator("html")).toHaveAttribute("lang", page.locale);
    await expect(browserPage.getByRole("heading", { level: 1 })).toHaveText(page.heading);
    await expect(browserPage).toHaveTitle(new RegExp(page.heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

    await expect(browserPage.getByRole("link", { name: t.skipLink })).toHaveAttribute("href", "#inhoud");
    const mainNav = browserPage.getByRole("navigation", { name: t.mainNavigation });
    await expect(mainNav.getByRole("link", { name: t.navHome, exact: true })).toHaveAttribute("href", `/${page.locale}`);
    const footer = browserPage.getByRole("contentinfo");
    await expect(footer.getByRole("navigation", { name: t.footerNavigation })).toBeVisible();
    await expect(footer.getByRole("link", { name: t.navAccessibility })).toHaveAttribute("href", `/${page.locale}/toegankelijkheid`);
    await expect(footer.getByRole("link", { name: t.navPrivacy })).toHaveAttribute("href", `/${page.locale}/privacy`);
    await expect(footer.getByRole("link", { name: t.municipalityWebsite })).toHaveAttribute("href", /^https:\/\//);

    const other = OTHER_LOCALE[page.locale];
    const switchLink = browserPage.getByRole("navigation", { name: t.languageNavigation }).getByRole("link");
    await expect(switchLink).toHaveText(t.switchTo);
    await expect(switchLink).toHaveAttribute("href", inOtherLocale(page));
    await expect(switchLink).toHaveAttribute("hreflang", other);
    await expect(switchLink).toHaveAttribute("lang", other);

    // Following it opens the same page in the other language.
    await switchLink.click();
    await expect(browserPage).toHaveURL(inOtherLocale(page));
    await expect(browserPage.locator("html")).toHaveAttribute("lang", other);
    const counterpart = ALL_PAGES.find((candidate) => candidate.locale === other && candidate.kind === page.kind)!;
    await expect(browserPage.getByRole("heading", { level: 1 })).toHaveText(counterpart.heading);
  });
}

test.describe("the root / picks a language from Accept-Language", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "an HTTP redirect does not depend on the viewport; checked once on desktop");
  });

  const cases: [acceptLanguage: string | undefined, locale: string][] = [
    ["en-GB,en;q=0.9", "en"],
    ["en-US", "en"],
    ["de", "nl"],
    ["de-DE,de;q=0.9,en;q=0.8", "en"],
    ["nl", "nl"],
    ["nl-BE,nl;q=0.9,en;q=0.5", "nl"],
    ["fr;q=0.9,en;q=0.3,nl;q=0.8", "nl"],
    [undefined, "nl"],
  ];
  for (const [acceptLanguage, locale] of cases) {
    test(`Accept-Language ${acceptLanguage ?? "(none)"} -> /${locale}`, async ({ request, baseURL }) => {
      const response = await request.get("/", {
        maxRedirects: 0,
        headers: acceptLanguage ? { "accept-language": acceptLanguage } : {},
      });
      expect(response.status()).toBe(307);
      const location = response.headers()["location"];
      expect(location).toBeTruthy();
      expect(new URL(location!, baseURL).pathname).toBe(`/${locale}`);
    });
  }
});

test.describe("a browser set to British English", () => {
  test.use({ locale: "en-GB" });

  test("lands on the English home page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.en.homeHeading);
  });
});

test.describe("a browser set to German", () => {
  test.use({ locale: "de-DE" });

  test("lands on the Dutch home page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL("/nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.nl.homeHeading);
  });
});
