import { expect, test } from "@playwright/test";

// The same portal on a PostgreSQL server that it migrated itself at start, with the demo
// data imported while it ran.
test("serves the buurten and a buurt page from PostgreSQL", async ({ page }) => {
  await page.goto("/nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buurten van Maashorst");
  await expect(page.locator("main svg a")).toHaveCount(39);
  await page.goto("/en/buurten/BU19910101");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centrum");
  await expect(page.getByRole("cell", { name: "37,505" })).toBeVisible();
});
