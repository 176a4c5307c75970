import { expect, test } from "@playwright/test";
import { currentTabStop, isFocused, markFocusables, missingFocusIndicator, tabUntil } from "./support/focus.ts";
import { ALL_PAGES, CENTRUM, LOCALES, TEXT } from "./support/site.ts";

// Everything works with a keyboard alone, and the focused element is always visible.

test.describe("skip link", () => {
  for (const entry of ALL_PAGES) {
    test(`${entry.name}: first Tab stop, and Enter moves focus to main`, async ({ page }) => {
      await page.goto(entry.path);
      // A visitor starts pressing Tab once the page is there.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(entry.heading);
      await page.keyboard.press("Tab");
      const skipLink = page.getByRole("link", { name: TEXT[entry.locale].skipLink });
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeInViewport();
      const box = await skipLink.boundingBox();
      expect(box && box.width > 10 && box.height > 10, "the focused skip link is shown").toBe(true);

      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#inhoud$/);
      await expect(page.getByRole("main")).toBeFocused();

      // The next Tab continues after the start of the content (in main, or in the footer
      // when main has no links), never back in the header.
      const mainHasFocusables = (await page.getByRole("main").locator("a[href], [tabindex='0'], input:not([type=hidden]), select, textarea, button").count()) > 0;
      await page.keyboard.press("Tab");
      const next = await currentTabStop(page);
      expect(next?.landmark, `after the skip link, Tab went to ${next?.description}`).toBe(mainHasFocusables ? "main" : "contentinfo");
    });
  }
});

for (const locale of LOCALES) {
  const t = TEXT[locale];

  test.describe(`home by keyboard (${locale})`, () => {
    test("Tab reaches a buurt in the map and Enter opens it", async ({ page }) => {
      await page.goto(`/${locale}`);
      const stops = await tabUntil(page, (stop) => /\/buurten\/BU\d{8}$/.test(stop.description) && stop.description.startsWith("<a>"));
      const mapLink = stops.at(-1)!;
      // The first buurt link in tab order is a shape on the map, labelled with its name, wijk and value.
      const match = /^<a> "(.+)" (\/\w\w\/buurten\/BU\d{8})$/.exec(mapLink.description);
      expect(match, `the first buurt link in tab order is a map shape: ${mapLink.description}`).not.toBeNull();
      const [, label, href] = match!;
      const name = t.mapLabel.exec(label!)?.[1];
      expect(name, `a map label: ${label}`).toBeDefined();
      await expect(page.getByRole("main").locator("svg a").first()).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(href!);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name!);
    });

    test("Tab reaches the buurten list and Enter opens a buurt", async ({ page }) => {
      await page.goto(`/${locale}`);
      const list = page.getByRole("region", { name: new RegExp(`^${t.wijk("Volkel")} `) });
      const target = list.getByRole("link").first();
      const name = (await target.textContent())!.trim();
      const href = (await target.getAttribute("href"))!;
      // The table under the map links the same buurt first; this is the list's link.
      await tabUntil(page, async (stop) => stop.description === `<a> "${name}" ${href}` && (await isFocused(target)));
      await expect(target).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(href);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    });

    test("the language switch works by keyboard", async ({ page }) => {
      await page.goto(`/${locale}`);
      await tabUntil(page, (stop) => stop.description.startsWith(`<a> "${t.switchTo}"`));
      await page.keyboard.press("Enter");
      const other = locale === "nl" ? "en" : "nl";
      await expect(page).toHaveURL(`/${other}`);
      await expect(page.locator("html")).toHaveAttribute("lang", other);
    });
  });
}

test("buurt page: the wijk map and the figures regions are in the tab order", async ({ page }) => {
  await page.goto(`/en/buurten/${CENTRUM.code}`);
  // Every table sits in a region that takes focus, so it can be scrolled by keyboard on a phone.
  const regions = page.getByRole("main").getByRole("region");
  expect(await regions.count()).toBeGreaterThan(1);
  await tabUntil(page, (stop) => stop.description.startsWith("<div>"));
  await expect(regions.first(), "the first scrollable table region takes focus").toBeFocused();
  const cbs = page.getByRole("region", { name: /^Key figures 2024/ });
  await cbs.focus();
  await expect(cbs).toBeFocused();

  await page.goto(`/en/buurten/${CENTRUM.code}`);
  const neighbour = page.getByRole("main").locator("svg a").first();
  const href = (await neighbour.getAttribute("href"))!;
  await tabUntil(page, (stop) => stop.description.endsWith(href));
  await expect(neighbour).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(href);
});

test.describe("visible focus", () => {
  test("a header link gets a visible outline when focused", async ({ page }) => {
    await page.goto("/nl");
    await markFocusables(page);
    const stops = await tabUntil(page, (stop) => stop.description.startsWith(`<a> "${TEXT.nl.navHome}"`));
    const stop = stops.at(-1)!;
    expect(stop.focused.outline, "outline of the focused main-menu link").not.toBe("none");
    expect(stop.focused.outline).not.toBe(stop.unfocused?.outline);
    expect(missingFocusIndicator(stop)).toBeNull();
  });

  test("a map shape gets a visibly different stroke when focused", async ({ page }) => {
    await page.goto("/nl");
    await markFocusables(page);
    const stops = await tabUntil(page, (stop) => TEXT.nl.mapLabel.test(/^<a> "(.*)" /.exec(stop.description)?.[1] ?? ""));
    const stop = stops.at(-1)!;
    expect(stop.focused.shape, "stroke and fill of the focused map shape").not.toBe(stop.unfocused?.shape);
    expect(stop.visibleArea, "the focused shape is scrolled into view").toBeGreaterThan(4);
  });

  for (const entry of ALL_PAGES) {
    test(`${entry.name}: every Tab stop shows where focus is`, async ({ page }) => {
      await page.goto(entry.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(entry.heading);
      const focusables = await markFocusables(page);
      const problems: string[] = [];
      const seen = new Set<string>();
      // Walk the whole tab order once: until focus leaves the page or comes back round.
      for (let i = 0; i < focusables + 5; i++) {
        await page.keyboard.press("Tab");
        const stop = await currentTabStop(page);
        if (!stop) break;
        // A frame is a document of its own (the snippet generator's preview of a widget):
        // its Tab stops are those of the widget, checked in embeds.spec.ts.
        if (stop.description.startsWith("<iframe>")) break;
        if (seen.has(stop.description)) break;
        seen.add(stop.description);
        const problem = missingFocusIndicator(stop);
        if (problem) problems.push(problem);
      }
      expect(seen.size, "the page has Tab stops").toBeGreaterThan(3);
      expect(problems, `Tab stops without a visible focus indicator on ${entry.path}`).toEqual([]);
    });
  }
});
