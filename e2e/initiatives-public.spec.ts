import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { EMBEDDED_PORT } from "../playwright.config.ts";
import { mailTo } from "./support/mailbox.ts";
import { MAIL_TEST_INITIATIVES, MAIL_TEST_REASON } from "./support/mail-test-data.ts";
import { BUURT_COUNT, CENTRUM, DEMO_INITIATIVE, LOCALES, TEXT } from "./support/site.ts";

// The public side of initiatives on the demo data: the list with its filters, map and
// tables, each initiative's page and card, the buurt page's section, and the promise that
// nothing unpublished and no e-mail address is ever shown. Then the mail: a status change
// reaches the e2e server's SMTP mailbox, and both ways of unsubscribing work.

/** The demo's initiatives, written out by hand (lib/demo/demo-initiatives.ts). */
const PUBLISHED = {
  moestuin: "Moestuin achter het buurthuis (demo)",
  buurtbus: "Buurtbus naar de weekmarkt (demo)",
  bankjes: "Bankjes langs het wandelpad (demo)",
  speelplek: "Speelplek voor de kleintjes (demo)",
  zonnepanelen: "Zonnepanelen op de sporthal (demo)",
} as const;
const UNPUBLISHED = [
  "Repair café in de bibliotheek (demo)",
  "Reclamebord voor mijn winkel (demo)",
  "Losloopgebied voor honden (demo)",
  ...MAIL_TEST_INITIATIVES.map((initiative) => initiative.title),
];
/** Words only moderation and the submitter may read: reasons given before publication. */
const PRIVATE_WORDS = ["Dit is reclame voor één bedrijf", "Kunt u aangeven welk veld u bedoelt", MAIL_TEST_REASON];

const W = {
  nl: {
    demo: "Demogegevens.",
    submit: "Dien een initiatief in",
    status: "Status",
    category: "Categorie",
    buurt: "Buurt",
    show: "Toon initiatieven",
    inProgress: "In uitvoering",
    green: "Groen en natuur",
    found: (count: number) => (count === 0 ? "Geen initiatieven gevonden" : count === 1 ? "1 initiatief gevonden" : `${count} initiatieven gevonden`),
    centrumLabel: "Centrum (wijk Uden): 2 initiatieven",
    markers: "4 initiatieven met een eigen plek op de kaart",
    buurtOnly: "1 initiatief voor de hele buurt, zonder stip, alleen in de kleur van de buurt geteld",
    title: "Initiatief",
    reason: "Toelichting van de gemeente",
    history: "Geschiedenis",
    buurtHeading: "Initiatieven in deze buurt",
    confirm: "Ja, meld mij af",
    done: "Als deze link bij een initiatief hoort, krijgt u over dat initiatief geen e-mails meer.",
    incomplete: /^Deze link is niet compleet\./,
    notFound: "Deze pagina bestaat niet",
  },
  en: {
    demo: "Demo data.",
    submit: "Submit an initiative",
    status: "Status",
    category: "Category",
    buurt: "Neighbourhood",
    show: "Show initiatives",
    inProgress: "In progress",
    green: "Greenery and nature",
    found: (count: number) => (count === 0 ? "No initiatives found" : count === 1 ? "1 initiative found" : `${count} initiatives found`),
    centrumLabel: "Centrum (district Uden): 2 initiatives",
    markers: "4 initiatives with a place of their own on the map",
    buurtOnly: "1 initiative for a whole neighbourhood, without a dot, counted in the neighbourhood's colour only",
    title: "Initiative",
    reason: "The municipality's explanation",
    history: "History",
    buurtHeading: "Initiatives in this neighbourhood",
    confirm: "Yes, unsubscribe me",
    done: "If this link belongs to an initiative, you will get no more e-mails about it.",
    incomplete: /^This link is not complete\./,
    notFound: "This page does not exist",
  },
} as const;

const listTitles = (page: Page) => page.locator("#initiatieven-tabel tbody tr th").allTextContents();

/** The ids of the published initiatives, read from the list's links. */
async function publishedIds(page: Page): Promise<Map<string, number>> {
  await page.goto("/nl/initiatieven");
  const links = await page.locator("#initiatieven-tabel tbody tr th a").evaluateAll((all) => all.map((a) => [a.textContent!.trim(), a.getAttribute("href")!] as const));
  return new Map(links.map(([title, href]) => [title, Number(href.split("/").pop())]));
}

for (const locale of LOCALES) {
  const w = W[locale];
  const t = TEXT[locale];

  test.describe(`initiatives (${locale})`, () => {
    // Exact counts of the demo's initiatives: checked on desktop, before staff.spec.ts and the
    // phone's initiative-flow.spec.ts publish initiatives of their own on the same server.
    test.beforeEach(({}, testInfo) => {
      test.skip(testInfo.project.name !== "desktop", "counts the demo's initiatives before other specs publish more");
    });
    test("the list shows the published demo initiatives on the map and in the tables, and nothing unpublished", async ({ page }) => {
      await page.goto(`/${locale}/initiatieven`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.initiativesHeading);
      await expect(page.getByRole("note")).toContainText(w.demo);
      await expect(page.getByRole("link", { name: w.submit })).toHaveAttribute("href", `/${locale}/initiatieven/nieuw`);
      await expect(page.getByRole("heading", { level: 2, name: w.found(5) })).toBeVisible();
      expect((await listTitles(page)).sort()).toEqual(Object.values(PUBLISHED).sort());
      const main = await page.getByRole("main").innerText();
      for (const title of UNPUBLISHED) expect(main).not.toContain(title);

      // Every buurt is a link on the map; four initiatives have a dot, one counts for its buurt only.
      await expect(page.locator("main svg a[data-buurt]")).toHaveCount(BUURT_COUNT);
      await expect(page.locator(`main svg a[data-buurt="${CENTRUM.code}"]`)).toHaveAttribute("aria-label", w.centrumLabel);
      await expect(page.locator("main figure svg .buurtbeeld-initiative-marker")).toHaveCount(4);
      await expect(page.getByText(w.markers)).toBeVisible();
      await expect(page.getByText(w.buurtOnly)).toBeVisible();
      // The map's counts as a table: Centrum has two.
      await expect(page.locator(`#buurten-tabel tbody tr[data-buurt="${CENTRUM.code}"] td`).nth(1)).toHaveText("2");

      // The navigation marks the page.
      await expect(page.getByRole("navigation", { name: t.mainNavigation }).getByRole("link", { name: t.navInitiatives })).toHaveAttribute("aria-current", "page");
    });

    test("the filters narrow the list by status, category and buurt, and say when nothing matches", async ({ page }) => {
      await page.goto(`/${locale}/initiatieven`);
      await page.getByLabel(w.status, { exact: true }).selectOption({ label: w.inProgress });
      await page.getByRole("button", { name: w.show }).click();
      await expect(page).toHaveURL(/[?&]status=in-uitvoering/);
      await expect.poll(() => listTitles(page)).toEqual([PUBLISHED.bankjes]);

      await page.goto(`/${locale}/initiatieven`);
      await page.getByLabel(w.category, { exact: true }).selectOption({ label: w.green });
      await page.getByRole("button", { name: w.show }).click();
      await expect(page).toHaveURL(/[?&]categorie=groen/);
      // Polled: the list is read once the new page is there, not while it loads.
      await expect.poll(() => listTitles(page)).toEqual([PUBLISHED.moestuin]);

      await page.goto(`/${locale}/initiatieven`);
      await page.getByLabel(w.buurt, { exact: true }).selectOption(CENTRUM.code);
      await page.getByRole("button", { name: w.show }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]buurt=${CENTRUM.code}`));
      await expect.poll(async () => (await listTitles(page)).sort()).toEqual([PUBLISHED.buurtbus, PUBLISHED.moestuin].sort());

      // The refused advert is in Centrum, category "ondernemen": the filter finds nothing.
      await page.goto(`/${locale}/initiatieven?buurt=${CENTRUM.code}&categorie=ondernemen`);
      await expect(page.getByRole("heading", { level: 2, name: w.found(0) })).toBeVisible();
      await expect(page.locator("#initiatieven-tabel")).toHaveCount(0);

      // A buurt on the map leads to its initiatives, keeping the other filters.
      await page.goto(`/${locale}/initiatieven?status=gepubliceerd`);
      const href = await page.locator(`main svg a[data-buurt="${CENTRUM.code}"]`).getAttribute("href");
      expect(href).toBe(`/${locale}/initiatieven?buurt=${CENTRUM.code}&status=gepubliceerd`);
      await page.goto(href!);
      expect((await listTitles(page)).sort()).toEqual([PUBLISHED.buurtbus, PUBLISHED.moestuin].sort());
    });

    test("sorting by title puts the list in A to Z order", async ({ page }) => {
      await page.goto(`/${locale}/initiatieven`);
      await page.locator("#initiatieven-tabel thead").getByRole("link", { name: new RegExp(`^${w.title}`) }).click();
      const titles = await listTitles(page);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, locale)));
    });

    test("an initiative's page shows its facts, reason, description and history from publication on", async ({ page }) => {
      const ids = await publishedIds(page);
      await page.goto(`/${locale}/initiatieven/${ids.get(PUBLISHED.speelplek)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(PUBLISHED.speelplek);
      await expect(page.getByRole("heading", { level: 2, name: w.reason })).toBeVisible();
      await expect(page.getByTestId("initiative-reason")).toHaveText("De speelplek is geopend.");
      await expect(page.getByTestId("initiative-description")).toContainText("wipkip");
      await expect(page.getByRole("heading", { level: 2, name: w.history })).toBeVisible();
      const history = page.getByTestId("initiative-history").locator("li");
      // Published, in progress (with its reason), realised; what happened before publication is not public.
      await expect(history).toHaveCount(3);
      expect(await history.evaluateAll((items) => items.map((item) => item.getAttribute("data-status")))).toEqual(["PUBLISHED", "IN_PROGRESS", "REALISED"]);
      await expect(history.nth(1)).toContainText("Bewoners en gemeente kiezen samen de toestellen.");
      await expect(page.locator("main figure svg circle")).toHaveCount(1);

      // The buurt-only initiative: line breaks kept, no dot on its map.
      await page.goto(`/${locale}/initiatieven/${ids.get(PUBLISHED.buurtbus)}`);
      await expect(page.getByTestId("initiative-description")).toHaveCSS("white-space", "pre-line");
      await expect(page.locator("main figure svg circle")).toHaveCount(0);
      await expect(page.getByRole("link", { name: new RegExp(`^${CENTRUM.name}`) }).first()).toHaveAttribute("href", `/${locale}/buurten/${CENTRUM.code}`);
    });

    test("the buurt page lists its published initiatives", async ({ page }) => {
      await page.goto(`/${locale}/buurten/${CENTRUM.code}`);
      await expect(page.getByRole("heading", { level: 2, name: w.buurtHeading })).toBeVisible();
      const items = page.getByTestId("buurt-initiatives").getByRole("link");
      expect((await items.allTextContents()).sort()).toEqual([PUBLISHED.buurtbus, PUBLISHED.moestuin].sort());
      await expect(page.getByRole("main")).not.toContainText("Reclamebord");
      await items.filter({ hasText: PUBLISHED.moestuin }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(PUBLISHED.moestuin);
    });
  });
}

test.describe("what is never public", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "server output, not layout; checked once on desktop");
  });

  test("an unpublished or unknown initiative, and its card, are not found", async ({ page, request }) => {
    const published = new Set((await publishedIds(page)).values());
    expect(published.size).toBe(5);
    // The demo and the mail test wrote ten initiatives; the five others are unpublished.
    for (let id = 1; id <= 12; id++) {
      if (published.has(id)) continue;
      const response = await page.goto(`/nl/initiatieven/${id}`);
      expect(response?.status(), `initiative ${id}`).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(W.nl.notFound);
      expect((await request.get(`/nl/initiatieven/${id}/deelbeeld`)).status(), `card of ${id}`).toBe(404);
    }
    for (const path of ["/nl/initiatieven/abc", "/en/initiatieven/007", "/nl/initiatieven/999999"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    expect((await page.goto("/nl/initiatieven?status=ingediend"))?.status()).toBe(404);
  });

  test("no e-mail address, reference or unpublished initiative on any public page or in the API", async ({ page, request }) => {
    const ids = [...(await publishedIds(page)).values()];
    const paths = [
      ...LOCALES.flatMap((locale) => [`/${locale}/initiatieven`, `/${locale}/buurten/${CENTRUM.code}`, ...ids.map((id) => `/${locale}/initiatieven/${id}`)]),
      `/nl/initiatieven?buurt=${CENTRUM.code}&categorie=ondernemen`,
      "/api/v1/initiatieven",
      `/api/v1/initiatieven?buurt=${CENTRUM.code}`,
      ...ids.map((id) => `/api/v1/initiatieven/${id}`),
    ];
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const body = await response.text();
      expect(body, path).not.toMatch(/[\w.+-]+@example\.invalid/);
      expect(body, path).not.toMatch(/\b(DEMO|E2E)-[0-9A-F]{4,}\b/);
      for (const title of UNPUBLISHED) expect(body, `${path}: ${title}`).not.toContain(title);
      for (const words of PRIVATE_WORDS) expect(body, `${path}: ${words}`).not.toContain(words);
    }
    // The API's list has exactly the published ones.
    const api = (await (await request.get("/api/v1/initiatieven")).json()) as { features: { properties: { titel: string } }[] };
    expect(api.features.map((feature) => feature.properties.titel).sort()).toEqual(Object.values(PUBLISHED).sort());
  });
});

test.describe("an initiative's share card", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "an image does not depend on the viewport; checked once on desktop");
  });

  test("is a 1200×630 PNG named by the page, cached by ETag", async ({ page, request }) => {
    await page.goto(`/en/initiatieven/${DEMO_INITIATIVE.id}`);
    const image = await page.locator('head meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(new RegExp(`/en/initiatieven/${DEMO_INITIATIVE.id}/deelbeeld$`));
    await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute("content", `${DEMO_INITIATIVE.title} – initiative in ${CENTRUM.name}`);
    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    const again = await request.get(new URL(image!).pathname, { headers: { "if-none-match": response.headers().etag! } });
    expect(again.status()).toBe(304);
  });
});


test.describe("status mail and unsubscribing", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "mail does not depend on the viewport; checked once on desktop");
  });

  test("a status change reaches the SMTP server, with its reason, links and one-click headers", async ({ request }) => {
    const [first] = MAIL_TEST_INITIATIVES;
    const mail = await mailTo(request, first.email);
    expect(mail.from).toBe("noreply@buurtbeeld.test");
    expect(mail.subject).toBe(`Uw initiatief “${first.title}”`);
    expect(mail.headers["mime-version"]).toBe("1.0");
    expect(mail.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(mail.headers["message-id"]).toMatch(/^<.+@buurtbeeld\.test>$/);
    expect(Date.now() - Date.parse(mail.headers.date!)).toBeLessThan(3_600_000);
    expect(mail.headers["list-unsubscribe"]).toMatch(new RegExp(`^<http://127\\.0\\.0\\.1:${EMBEDDED_PORT}/api/afmelden\\?token=[\\w-]+>$`));
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain(MAIL_TEST_REASON);
    expect(mail.text).toMatch(/\/nl\/initiatieven\/status\?referentie=E2E-/);
    expect(mail.text).toMatch(/\/nl\/initiatieven\/afmelden\?token=/);
  });

  test("the mail's link asks first, and the button unsubscribes", async ({ page, request }) => {
    const mail = await mailTo(request, MAIL_TEST_INITIATIVES[0].email);
    const link = mail.text.match(/http:\/\/\S+\/initiatieven\/afmelden\?token=[\w-]+/)![0];
    await page.goto(new URL(link).pathname + new URL(link).search);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.nl.unsubscribeHeading);
    // Opening the link changed nothing yet: the button is there (postgres.spec.ts checks the row).
    await page.getByRole("button", { name: W.nl.confirm }).click();
    await expect(page.getByRole("status")).toContainText(W.nl.done);
    await expect(page).toHaveURL(/\/nl\/initiatieven\/afmelden\?afgemeld=ja$/);
  });

  test("one-click unsubscribe answers the mail program's POST, and the same for any token", async ({ request }) => {
    const mail = await mailTo(request, MAIL_TEST_INITIATIVES[1].email);
    const oneClick = new URL(mail.headers["list-unsubscribe"]!.slice(1, -1));
    const post = (url: string, form?: Record<string, string>) => request.post(url, form ? { form, maxRedirects: 0 } : { maxRedirects: 0 });
    const known = await post(oneClick.pathname + oneClick.search, { "List-Unsubscribe": "One-Click" });
    expect(known.status()).toBe(200);
    const unknown = await post("/api/afmelden?token=onbekend-maar-goed-gevormd-0000", { "List-Unsubscribe": "One-Click" });
    expect(unknown.status()).toBe(200);
    expect(await unknown.text()).toBe(await known.text());
    expect((await post(oneClick.pathname + oneClick.search)).status()).toBe(400);
    expect((await post("/api/afmelden?token=%3Cscript%3E", { "List-Unsubscribe": "One-Click" })).status()).toBe(400);
    // A browser opening the header's URL gets the page with the button.
    const opened = await request.get(oneClick.pathname + oneClick.search, { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(opened.headers().location).toBe(`/nl/initiatieven/afmelden${oneClick.search}`);
  });

  for (const locale of LOCALES) {
    test(`the unsubscribe page without a usable token says so (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/initiatieven/afmelden`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[locale].unsubscribeHeading);
      await expect(page.getByText(W[locale].incomplete)).toBeVisible();
      await expect(page.getByRole("button")).toHaveCount(0);
      await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    });
  }
});
