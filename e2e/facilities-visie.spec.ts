import { expect, type Page, test } from "@playwright/test";
import { BUURT_COUNT, CENTRUM, LOCALES } from "./support/site.ts";

// Facilities with every buurt's reach, need × reach, and the Omgevingsvisie: each map checked
// against its own table, and the buurt page against the pages it links to.

const V = {
  nl: {
    facilitiesHeading: "Voorzieningen in Maashorst",
    demoFacilities: "Demo-voorzieningen.",
    reachTable: (type: string) => `Afstand tot ${type} per buurt`,
    list: (type: string, count: number) => `Alle ${type} (${count})`,
    typeLabel: "Soort voorziening",
    show: "Toon",
    huisartsen: "huisartsen",
    supermarkten: "supermarkten",
    metres: /^([\d.]+) m$/,
    buurtReachHeading: "Voorzieningen in de buurt",
    huisarts: "huisarts",
    needReachHeading: "Behoefte en bereik in Maashorst",
    needReachLink: "Behoefte en bereik",
    visieHeading: "Omgevingsvisie Maashorst",
    demoAmbitions: "Voorbeeldambities.",
    themes: ["Recreatie", "Mobiliteit en verstedelijking", "Landbouwtransitie", "Bodem, natuur en water"],
    ambition: "Groen in het centrum van Uden tegen hittestress",
    buurtVisieHeading: "Omgevingsvisie in deze buurt",
    notFound: "Deze pagina bestaat niet",
  },
  en: {
    facilitiesHeading: "Facilities in Maashorst",
    demoFacilities: "Demo facilities.",
    reachTable: (type: string) => `Distance to ${type} per neighbourhood`,
    list: (type: string, count: number) => `All ${type} (${count})`,
    typeLabel: "Type of facility",
    show: "Show",
    huisartsen: "general practitioners",
    supermarkten: "supermarkets",
    metres: /^([\d,]+) m$/,
    buurtReachHeading: "Facilities nearby",
    huisarts: "general practitioner",
    needReachHeading: "Need and reach in Maashorst",
    needReachLink: "Need and reach",
    visieHeading: "Environmental vision Maashorst",
    demoAmbitions: "Example ambitions.",
    themes: ["Recreation", "Mobility and urbanisation", "Agricultural transition", "Soil, nature and water"],
    ambition: "Greenery in the centre of Uden against heat stress",
    buurtVisieHeading: "Environmental vision in this neighbourhood",
    notFound: "This page does not exist",
  },
} as const;

const metresOf = (text: string) => Number(text.replace(/[^\d]/g, ""));

const tableRows = (page: Page, id: string) =>
  page.locator(`#${id} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => ({
      code: row.getAttribute("data-buurt"),
      mapClass: row.getAttribute("data-class"),
      category: row.getAttribute("data-category"),
      name: row.querySelector("th")!.textContent!.trim(),
      cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent!.trim()),
    })),
  );

for (const locale of LOCALES) {
  const v = V[locale];

  test(`facilities (${locale}): map, reach table and list agree, and the choice is in the URL`, async ({ page }) => {
    expect((await page.goto(`/${locale}/voorzieningen`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: v.facilitiesHeading })).toBeVisible();
    await expect(page.getByRole("note").filter({ hasText: v.demoFacilities })).toBeVisible();
    const links = await page.locator('svg[aria-labelledby="voorzieningen-title"] a').evaluateAll((all) =>
      all.map((a) => ({ code: a.getAttribute("data-buurt")!, mapClass: a.getAttribute("data-class")! })),
    );
    expect(links).toHaveLength(BUURT_COUNT);
    const rows = await tableRows(page, "bereik-tabel");
    expect(rows).toHaveLength(BUURT_COUNT);
    const classOf = new Map(links.map((link) => [link.code, link.mapClass]));
    for (const row of rows) {
      expect(row.cells[1], row.name).toMatch(v.metres);
      // The class on the map is the distance class of the table's figure.
      const metres = metresOf(row.cells[1]!);
      const expected = metres <= 400 ? 1 : metres <= 800 ? 2 : metres <= 1200 ? 3 : metres <= 2000 ? 4 : 5;
      expect(classOf.get(row.code!), row.name).toBe(String(expected));
    }
    // Farthest first by default.
    const distances = rows.map((row) => metresOf(row.cells[1]!));
    expect(distances).toEqual([...distances].sort((a, b) => b - a));
    // One marker per facility in the list.
    const markers = await page.locator(".buurtbeeld-facility-marker").count();
    await expect(page.locator("#voorzieningen-lijst caption")).toHaveText(v.list(v.huisartsen, markers));
    expect(markers).toBeGreaterThan(0);

    await page.getByLabel(v.typeLabel, { exact: true }).selectOption("supermarkt");
    await page.getByRole("button", { name: v.show }).click();
    await expect(page).toHaveURL(/[?&]soort=supermarkt/);
    await expect(page.locator("#bereik-tabel caption")).toHaveText(v.reachTable(v.supermarkten));
  });

  test(`buurt page (${locale}): the reach it lists is the facilities page's figure`, async ({ page }) => {
    await page.goto(`/${locale}/voorzieningen?soort=huisarts`);
    const rows = await tableRows(page, "bereik-tabel");
    const centrum = rows.find((row) => row.code === CENTRUM.code)!;
    await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
    await expect(page.getByRole("heading", { level: 2, name: v.buurtReachHeading })).toBeVisible();
    const row = page.locator('#voorzieningen ~ * tr[data-type="huisarts"]').first();
    await expect(row.locator("th")).toContainText(v.huisarts);
    await expect(row.locator("td").first()).toHaveText(centrum.cells[1]!);
    await row.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/voorzieningen\\?soort=huisarts$`));
  });

  test(`need and reach (${locale}): highlighted buurten have a high need and a far facility`, async ({ page }) => {
    await page.goto(`/${locale}/voorzieningen`);
    await page.getByRole("link", { name: v.needReachLink }).click();
    await expect(page.getByRole("heading", { level: 1, name: v.needReachHeading })).toBeVisible();
    const rows = await tableRows(page, "behoefte-tabel");
    expect(rows).toHaveLength(BUURT_COUNT);
    for (const row of rows.filter((candidate) => candidate.category === "both" || candidate.category === "far")) {
      expect(metresOf(row.cells[2]!), row.name).toBeGreaterThan(1000);
    }
    for (const row of rows.filter((candidate) => candidate.category === "neither" || candidate.category === "need")) {
      expect(metresOf(row.cells[2]!), row.name).toBeLessThanOrEqual(1000);
    }
    const mapClasses = await page.locator('svg[aria-labelledby="behoefte-title"] a').evaluateAll((all) =>
      Object.fromEntries(all.map((a) => [a.getAttribute("data-buurt"), a.getAttribute("data-class")])),
    );
    for (const row of rows) if (row.category === "both") expect(mapClasses[row.code!]).toBe("5");
  });

  test(`Omgevingsvisie (${locale}): themes, ambitions and the buurten they touch, both ways`, async ({ page }) => {
    expect((await page.goto(`/${locale}/omgevingsvisie`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: v.visieHeading })).toBeVisible();
    await expect(page.getByRole("note").filter({ hasText: v.demoAmbitions })).toBeVisible();
    for (const theme of v.themes) await expect(page.getByRole("heading", { level: 2, name: theme })).toBeVisible();
    const ambitions = await page.locator('svg[aria-labelledby="visie-map-title"] a').count();
    expect(ambitions).toBeGreaterThanOrEqual(8);
    await expect(page.locator("#ambities-tabel tbody tr")).toHaveCount(ambitions);

    await page.getByRole("heading", { level: 3, name: v.ambition }).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: v.ambition })).toBeVisible();
    const touched = await tableRows(page, "ambitie-buurten");
    expect(touched.map((row) => row.code)).toContain(CENTRUM.code);
    await page.locator("#ambitie-buurten").getByRole("link", { name: CENTRUM.name }).click();
    await expect(page.getByRole("heading", { level: 2, name: v.buurtVisieHeading })).toBeVisible();
    await expect(page.getByTestId("buurt-ambitions").getByRole("link", { name: v.ambition })).toBeVisible();
  });

  test(`unknown ambitions and facility types are not found (${locale})`, async ({ page }) => {
    for (const path of [`/${locale}/omgevingsvisie/bestaat-niet`, `/${locale}/omgevingsvisie/%3Cscript%3E`, `/${locale}/voorzieningen?soort=kapper`, `/${locale}/voorzieningen/behoefte?behoefte=onzin`]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: v.notFound })).toBeVisible();
    }
  });
}
