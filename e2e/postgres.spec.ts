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

// Every view shows the same value for the same cell: the page shows exactly what the
// current release in the database holds.
test("the buurt page shows the current release's values and statuses", async ({ page }) => {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: `${process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"}`.replace(/\/[^/]*$/, "/buurtbeeld_e2e_3211") });
  await client.connect();
  const { rows } = await client.query(
    `SELECT v."indicatorCode", v.status, v.count, v.rate, i."rateScale"
       FROM "PublishedValue" v JOIN "Release" r ON r.id = v."releaseId" JOIN "Indicator" i ON i.code = v."indicatorCode"
      WHERE r.status = 'CURRENT' AND v."areaCode" = 'BU19910104' AND v.category = 'totaal'
        AND v.year = (SELECT max(y) FROM unnest(r.years) y) ORDER BY v."indicatorCode"`,
  );
  await client.end();
  expect(rows.length).toBeGreaterThan(30);

  await page.goto("/nl/buurten/BU19910104");
  const nl = (n: number, decimals = 0) => n.toLocaleString("nl-NL", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  for (const row of rows) {
    const name = await page.evaluate((code) => {
      const cell = [...document.querySelectorAll("main table tbody tr")].find((tr) => tr.querySelector("th")?.textContent && tr.getAttribute("data-indicator") === code);
      return cell ? cell.querySelector("td")?.textContent : null;
    }, row.indicatorCode as string);
    const expected =
      row.status === "SUPPRESSED"
        ? "afgeschermd"
        : row.rate === null
          ? nl(row.count)
          : `${row.rateScale === 100 ? `${nl(row.rate, 1)}%` : `${nl(row.rate, 1)} per 1.000`} (${nl(row.count)})`;
    expect(name, row.indicatorCode).toBe(expected);
  }
});

// Facilities, their reach and the Omgevingsvisie come from the same server: the page shows
// exactly the reach the import stored.
test("the facilities page shows the reach stored in PostgreSQL, and the ambitions are there", async ({ page }) => {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: `${process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"}`.replace(/\/[^/]*$/, "/buurtbeeld_e2e_3211") });
  await client.connect();
  const { rows } = await client.query(`SELECT "buurtCode", "meanMeters" FROM "FacilityReach" WHERE type = 'huisarts' ORDER BY "buurtCode"`);
  const ambitions = await client.query(`SELECT count(*)::int AS count FROM "Ambition"`);
  await client.end();
  expect(rows).toHaveLength(39);

  await page.goto("/en/voorzieningen?soort=huisarts");
  const shown = await page.locator("#bereik-tabel tbody tr").evaluateAll((all) =>
    Object.fromEntries(all.map((row) => [row.getAttribute("data-buurt"), row.getAttribute("data-meters")])),
  );
  for (const row of rows) expect(shown[row.buurtCode], row.buurtCode).toBe(String(Math.round(row.meanMeters)));

  await page.goto("/en/omgevingsvisie");
  await expect(page.locator("#ambities-tabel tbody tr")).toHaveCount(ambitions.rows[0].count);
  expect(ambitions.rows[0].count).toBeGreaterThanOrEqual(8);
});
