import { expect, test } from "@playwright/test";
import { CENTRUM, LOCALES, TEXT } from "./support/site.ts";

// The protected release on the buurt page: demo data says so, withheld and no data are
// told apart in words, and the rules are one click away.
for (const locale of LOCALES) {
  const t = TEXT[locale];

  test(`buurt (${locale}): the protected release, marked as demo data`, async ({ page }) => {
    await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: t.releaseHeading })).toBeVisible();
    await expect(main.getByRole("note")).toContainText(t.demoNotice);
    // One table per theme: the buurt, its wijk, the gemeente, and the buurt over the years.
    const tables = main.getByRole("region").filter({ has: page.locator("table") });
    expect(await tables.count()).toBeGreaterThanOrEqual(7);
    await expect(tables.first().locator("thead th")).toHaveCount(5);
    // Withheld cells and cells without data both occur, each in its own words.
    const cells = main.locator("td");
    await expect(cells.filter({ hasText: new RegExp(`^${t.withheld}$`) }).first()).toBeVisible();
    await expect(cells.filter({ hasText: new RegExp(`^${t.noData}$`) }).first()).toBeVisible();
    // Published cells carry a rate with the rounded count, a multiple of 5.
    const published = await cells.filter({ hasText: /%\s*\(/ }).allTextContents();
    expect(published.length).toBeGreaterThan(10);
    for (const text of published) {
      const count = Number(text.match(/\(([\d.,]+)\)/)![1]!.replace(/[.,]/g, ""));
      expect(count % 5, text).toBe(0);
    }
    await main.getByRole("link", { name: t.explanationHeading }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.explanationHeading);
  });

  test(`explanation (${locale}): the rules in the main menu, marked current`, async ({ page }) => {
    await page.goto(`/${locale}/over-de-cijfers`);
    const link = page.getByRole("navigation", { name: t.mainNavigation }).getByRole("link", { name: t.navExplanation });
    await expect(link).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(8);
  });
}
