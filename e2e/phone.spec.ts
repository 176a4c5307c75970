import { expect, test } from "@playwright/test";
import { pointInShape } from "./support/map.ts";
import { ALL_PAGES, CENTRUM, LOCALES, TEXT } from "./support/site.ts";

// A 360 px touch phone: nothing scrolls sideways, the map is there and can be tapped, and
// the figures table is reachable (scrolling inside its own, focusable region if needed).

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "only for the 360 px touch phone");
});

for (const entry of ALL_PAGES) {
  test(`${entry.name}: no horizontal scrolling at 360 px`, async ({ page }) => {
    await page.goto(entry.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(entry.heading);
    const size = await page.evaluate(() => ({
      viewport: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      // Elements sticking out to the right, for a readable failure.
      wide: [...document.querySelectorAll("body *")]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          if (box.right <= document.documentElement.clientWidth + 0.5) return false;
          // Content inside a horizontally scrollable box does not widen the page.
          for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            const overflow = getComputedStyle(parent).overflowX;
            if (overflow === "auto" || overflow === "scroll" || overflow === "hidden") return false;
          }
          return true;
        })
        .slice(0, 5)
        .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> right=${Math.round(element.getBoundingClientRect().right)}`),
    }));
    expect(size.viewport).toBe(360);
    expect(size.scrollWidth, `page is wider than the screen: ${size.wide.join(", ")}`).toBeLessThanOrEqual(size.clientWidth);
  });
}

for (const locale of LOCALES) {
  const t = TEXT[locale];

  test(`home (${locale}): the map is visible, fits the screen, and a tap on a buurt opens it`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const map = page.getByRole("main").locator("svg").first();
    await expect(map).toBeVisible();
    const box = (await map.boundingBox())!;
    expect(box.width, "map width").toBeGreaterThan(250);
    expect(box.width, "map width").toBeLessThanOrEqual(360);
    expect(box.height, "map height").toBeGreaterThan(250);

    // The first tap says the buurt's value under the map, the second opens it.
    const shape = page.getByRole("main").locator(`svg a[href="/${locale}/buurten/${CENTRUM.code}"]`);
    const { x, y } = await pointInShape(shape);
    await page.touchscreen.tap(x, y);
    await expect(page.getByTestId("map-info")).toContainText(CENTRUM.name);
    const again = await pointInShape(shape);
    await page.touchscreen.tap(again.x, again.y);
    await expect(page).toHaveURL(`/${locale}/buurten/${CENTRUM.code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CENTRUM.name);
  });

  test(`buurt (${locale}): a tap on a neighbour in the wijk map opens it`, async ({ page }) => {
    await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
    const map = page.getByRole("main").locator("svg").first();
    await expect(map).toBeVisible();
    const neighbour = map.getByRole("link").first();
    const href = (await neighbour.getAttribute("href"))!;
    const name = (await neighbour.getAttribute("aria-label"))!;
    const { x, y } = await pointInShape(neighbour);
    await page.touchscreen.tap(x, y);
    await expect(page).toHaveURL(href);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  });

  test(`buurt (${locale}): the figures table is reachable and scrolls in its own focusable region`, async ({ page }) => {
    await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
    const region = page.getByRole("region", { name: locale === "nl" ? /^Kerncijfers 2024/ : /^Key figures 2024/ });
    await region.scrollIntoViewIfNeeded();
    await expect(region).toBeVisible();
    await expect(region.getByRole("table")).toBeVisible();

    // The region fits the screen; only its content may be wider.
    const regionBox = (await region.boundingBox())!;
    expect(regionBox.x).toBeGreaterThanOrEqual(0);
    expect(regionBox.x + regionBox.width).toBeLessThanOrEqual(360.5);

    // Keyboard users can focus it (and so scroll it with the arrow keys).
    await region.focus();
    await expect(region).toBeFocused();
    await expect(region).toHaveAttribute("tabindex", "0");

    const overflow = await region.evaluate((element) => ({
      scrollable: element.scrollWidth > element.clientWidth,
      overflowX: getComputedStyle(element).overflowX,
    }));
    if (overflow.scrollable) {
      expect(["auto", "scroll"], "a wider table scrolls inside its region").toContain(overflow.overflowX);
      for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
      await expect.poll(() => region.evaluate((element) => element.scrollLeft), { message: "arrow keys scroll the region" }).toBeGreaterThan(0);
    }

    // Every column can be brought into view: the last column heading and the gemeente figure.
    const lastHeader = region.locator("thead th").last();
    await expect(lastHeader).toHaveText(locale === "nl" ? "Eenheid" : "Unit");
    await lastHeader.scrollIntoViewIfNeeded();
    await expect(lastHeader).toBeInViewport();
    const gemeenteCell = region.getByRole("cell", { name: locale === "nl" ? "59.222" : "59,222", exact: true });
    await gemeenteCell.scrollIntoViewIfNeeded();
    await expect(gemeenteCell).toBeInViewport();
  });

  test(`home (${locale}): header and footer links are big enough to tap`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const links = [
      ...(await page.getByRole("navigation", { name: t.mainNavigation }).getByRole("link").all()),
      page.getByRole("navigation", { name: t.languageNavigation }).getByRole("link"),
      page.getByRole("contentinfo").getByRole("link", { name: t.navAccessibility }),
      page.getByRole("contentinfo").getByRole("link", { name: t.navPrivacy }),
    ];
    for (const link of links) {
      const box = (await link.boundingBox())!;
      expect(box.height, `${await link.textContent()} height`).toBeGreaterThanOrEqual(24);
      expect(box.width, `${await link.textContent()} width`).toBeGreaterThanOrEqual(24);
    }
  });
}
