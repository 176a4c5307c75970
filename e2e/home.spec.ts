import { expect, test } from "@playwright/test";
import { pointInShape } from "./support/map.ts";
import { BUURT_COUNT, CENTRUM, LOCALES, TEXT, WIJKEN } from "./support/site.ts";

// The home page: a map in which every buurt is a link, and the same buurten as a list
// grouped by wijk.

for (const locale of LOCALES) {
  const t = TEXT[locale];

  test.describe(`home (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
    });

    test("heading, intro and the current item in the main menu", async ({ page }) => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.homeHeading);
      await expect(page.getByRole("main")).toContainText(t.homeIntro);
      const nav = page.getByRole("navigation", { name: t.mainNavigation });
      await expect(nav.getByRole("link", { name: t.navHome })).toHaveAttribute("aria-current", "page");
    });

    test(`the map has a labelled link for each of the ${BUURT_COUNT} buurten`, async ({ page }) => {
      const map = page.getByRole("main").locator("svg").first();
      await expect(map).toBeVisible();
      await expect(map).toHaveAccessibleName(t.mapTitle);
      const links = map.getByRole("link");
      await expect(links).toHaveCount(BUURT_COUNT);

      const wijkNames = new Set<string>(WIJKEN.map((wijk) => wijk.name));
      const seen = new Set<string>();
      for (const link of await links.all()) {
        const label = await link.getAttribute("aria-label");
        const href = await link.getAttribute("href");
        const match = t.mapLabel.exec(label ?? "");
        expect(match, `aria-label of ${href}: ${label}`).not.toBeNull();
        expect(wijkNames.has(match![2]!), `wijk of ${label}`).toBe(true);
        expect(href).toMatch(new RegExp(`^/${locale}/buurten/BU1991\\d{4}$`));
        seen.add(href!);
      }
      expect(seen.size, "every map link goes to a different buurt").toBe(BUURT_COUNT);

      const centrum = map.locator(`a[href="/${locale}/buurten/${CENTRUM.code}"]`);
      expect(t.mapLabel.exec((await centrum.getAttribute("aria-label"))!)?.slice(1, 3)).toEqual([CENTRUM.name, CENTRUM.wijk]);
    });

    test("the list shows the buurten per wijk with the right counts", async ({ page }) => {
      await expect(page.getByRole("heading", { level: 2, name: t.listHeading })).toBeVisible();
      let total = 0;
      for (const wijk of WIJKEN) {
        const section = page.getByRole("region", { name: new RegExp(`^${t.wijk(wijk.name)} `) });
        await expect(section.getByRole("heading", { level: 3 })).toHaveText(`${t.wijk(wijk.name)} (${t.buurtCount(wijk.buurten)})`);
        const links = section.getByRole("link");
        await expect(links).toHaveCount(wijk.buurten);
        for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")))) {
          expect(href, `a buurt of wijk ${wijk.name}`).toMatch(new RegExp(`^/${locale}/buurten/BU${wijk.code.slice(2)}\\d{2}$`));
        }
        total += wijk.buurten;
      }
      expect(total).toBe(BUURT_COUNT);
    });

    test("map and list offer exactly the same buurten", async ({ page }) => {
      const fromMap = (
        await page
          .getByRole("main")
          .locator("svg a")
          .evaluateAll((anchors) => anchors.map((a) => [a.getAttribute("href"), a.getAttribute("aria-label")] as const))
      )
        .map(([href, label]) => {
          const [, name, wijk] = t.mapLabel.exec(label ?? "")!;
          return `${href} ${name}, ${t.wijk(wijk!)}`;
        })
        .sort();
      const fromList: string[] = [];
      for (const wijk of WIJKEN) {
        const section = page.getByRole("region", { name: new RegExp(`^${t.wijk(wijk.name)} `) });
        for (const link of await section.getByRole("link").all()) {
          fromList.push(`${await link.getAttribute("href")} ${(await link.textContent())?.trim()}, ${t.wijk(wijk.name)}`);
        }
      }
      expect(fromList.sort()).toEqual(fromMap);
    });

    test("a click on a buurt in the list opens its page", async ({ page }) => {
      const section = page.getByRole("region", { name: new RegExp(`^${t.wijk("Zeeland")} `) });
      const link = section.getByRole("link").first();
      const name = (await link.textContent())!.trim();
      const href = (await link.getAttribute("href"))!;
      await link.click();
      await expect(page).toHaveURL(href);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    });

    test("a click on a buurt in the map opens its page", async ({ page }) => {
      const shape = page.getByRole("main").locator(`svg a[href="/${locale}/buurten/${CENTRUM.code}"]`);
      const { x, y } = await pointInShape(shape);
      await page.mouse.click(x, y);
      await expect(page).toHaveURL(`/${locale}/buurten/${CENTRUM.code}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(CENTRUM.name);
    });
  });
}
