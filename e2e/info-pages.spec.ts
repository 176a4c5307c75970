import { expect, test } from "@playwright/test";
import { LOCALES, TEXT } from "./support/site.ts";

// The accessibility statement and the privacy page, in both languages.

const CONTENT = {
  nl: {
    accessibility: {
      sections: ["Wat we doen", "Wat nog niet goed is", "Een probleem melden"],
      key: "WCAG 2.1 op niveau AA",
      contact: "Contact met de gemeente Maashorst",
    },
    privacy: {
      sections: ["Geen cookies, geen volgen", "Cijfers zonder personen", "Als u een initiatief indient", "Medewerkers van de gemeente", "Serverlogboeken", "Vragen"],
      key: "Deze website plaatst geen cookies bij bezoekers",
    },
  },
  en: {
    accessibility: {
      sections: ["What we do", "What is not right yet", "Report a problem"],
      key: "WCAG 2.1 level AA",
      contact: "Contact the municipality of Maashorst",
    },
    privacy: {
      sections: ["No cookies, no tracking", "Figures without people", "If you submit an initiative", "Municipal staff", "Server logs", "Questions"],
      key: "This website sets no cookies for visitors",
    },
  },
} as const;

for (const locale of LOCALES) {
  const t = TEXT[locale];
  const c = CONTENT[locale];

  test(`toegankelijkheid (${locale}): statement, sections, contact link, current footer item`, async ({ page }) => {
    const response = await page.goto(`/${locale}/toegankelijkheid`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.accessibilityHeading);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([...c.accessibility.sections]);
    await expect(page.getByRole("main")).toContainText(c.accessibility.key);
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(4);
    await expect(page.getByRole("link", { name: c.accessibility.contact })).toHaveAttribute("href", "https://www.gemeentemaashorst.nl");

    const footerNav = page.getByRole("navigation", { name: t.footerNavigation });
    await expect(footerNav.getByRole("link", { name: t.navAccessibility })).toHaveAttribute("aria-current", "page");
    await expect(footerNav.getByRole("link", { name: t.navPrivacy })).not.toHaveAttribute("aria-current", /.*/);
    const mainNav = page.getByRole("navigation", { name: t.mainNavigation }).getByRole("link");
    for (const link of await mainNav.all()) await expect(link).not.toHaveAttribute("aria-current", /.*/);
  });

  test(`privacy (${locale}): no cookies promise, sections, current footer item`, async ({ page }) => {
    const response = await page.goto(`/${locale}/privacy`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.privacyHeading);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([...c.privacy.sections]);
    await expect(page.getByRole("main")).toContainText(c.privacy.key);

    const footerNav = page.getByRole("navigation", { name: t.footerNavigation });
    await expect(footerNav.getByRole("link", { name: t.navPrivacy })).toHaveAttribute("aria-current", "page");
    await expect(footerNav.getByRole("link", { name: t.navAccessibility })).not.toHaveAttribute("aria-current", /.*/);
  });

  test(`footer links (${locale}) lead to the two pages`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const footer = page.getByRole("contentinfo");
    await footer.getByRole("link", { name: t.navAccessibility }).click();
    await expect(page).toHaveURL(`/${locale}/toegankelijkheid`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.accessibilityHeading);
    await page.getByRole("contentinfo").getByRole("link", { name: t.navPrivacy }).click();
    await expect(page).toHaveURL(`/${locale}/privacy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.privacyHeading);
  });
}
