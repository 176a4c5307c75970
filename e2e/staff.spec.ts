import fs from "node:fs";
import { type APIRequestContext, type Browser, expect, type Page, type Route, test } from "@playwright/test";
import { LOGIN_LIMITS } from "../lib/staff/login-throttle.ts";
import { E2E_STAFF, E2E_SUBMISSIONS, type E2EStaffMember, hydratedForm, initiativeHref, logIn } from "./support/staff.ts";

// The staff area from outside: who may see which page and call which Server Action, the
// session cookie, login throttling, and a moderation decision reaching the public API.
// The server is seeded with the accounts and submissions of e2e/support/staff.ts.

const STAFF_PAGES = [
  { path: "/beheer", role: "MODERATOR", heading: { nl: "Wachtrij", en: "Queue" } },
  { path: "/beheer/logboek", role: "ADMIN", heading: { nl: "Logboek", en: "Audit log" } },
  { path: "/beheer/medewerkers", role: "ADMIN", heading: { nl: "Medewerkers", en: "Staff" } },
  { path: "/beheer/gegevens", role: "ADMIN", heading: { nl: "Gegevens van indieners", en: "Submitters' data" } },
] as const;

const TEXT = {
  invalidLogin: "Het e-mailadres of het wachtwoord klopt niet.",
  throttled: /^Te veel pogingen om in te loggen\. Probeer het over \d+ (minuut|minuten) opnieuw\.$/,
  adminOnly: "Die pagina is alleen voor beheerders. U bent teruggestuurd naar de wachtrij.",
};

test.describe.configure({ mode: "serial" });

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "Access rules do not depend on the viewport; checked once on desktop");
});

async function loggedInPage(browser: Browser, member: E2EStaffMember): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, member);
  return page;
}

interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Submits a form but stops its request on the way out: the action's ID and body, never run. */
async function captureAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  const handler = async (route: Route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  };
  await page.route("**/*", handler);
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute("**/*", handler);
  expect(captured!.headers["next-action"], "the form was submitted as a Server Action").toBeTruthy();
  return captured!;
}

/** The captured call again, from someone else, to its page or any other URL. */
async function replay(request: APIRequestContext, action: CapturedAction, path?: string, extra: Record<string, string> = {}) {
  const headers = Object.fromEntries(
    Object.entries(action.headers).filter(([key]) => !key.startsWith(":") && !["cookie", "content-length", "host", "connection"].includes(key.toLowerCase())),
  );
  const response = await request.post(path ? new URL(path, action.url).toString() : action.url, { headers: { ...headers, ...extra }, data: action.body, maxRedirects: 0 });
  return { status: response.status(), text: await response.text(), response };
}

/** A Location header as path and query, whether Next.js sent it relative or absolute. */
function location(response: { headers(): Record<string, string> }): string {
  const url = new URL(response.headers().location ?? "", "http://e2e.invalid");
  return `${url.pathname}${url.search}`;
}

/** Text as React writes it into HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

test.describe("staff pages without a session", () => {
  for (const locale of ["nl", "en"] as const) {
    test(`every staff page sends an anonymous visitor to the login page (${locale})`, async ({ request }) => {
      for (const { path } of [...STAFF_PAGES, { path: "/beheer/initiatieven/1" }]) {
        const response = await request.get(`/${locale}${path}`, { maxRedirects: 0 });
        expect(response.status(), path).toBe(303);
        expect(location(response), path).toBe(`/${locale}/beheer/inloggen?terug=${encodeURIComponent(`/${locale}${path}`)}`);
        expect(response.headers()["cache-control"], path).toContain("no-store");
      }
    });
  }

  test("the login page is not cached, not indexed and sets no cookie until someone logs in", async ({ request }) => {
    const response = await request.get("/nl/beheer/inloggen");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["x-robots-tag"]).toContain("noindex");
    expect(headers["set-cookie"]).toBeUndefined();
    const html = await response.text();
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain("Ga direct naar de inhoud");
  });

  test("the export Route Handler refuses anonymous and cross-site requests", async ({ request, baseURL }) => {
    const form = { email: E2E_SUBMISSIONS.data.email };
    expect((await request.post("/nl/beheer/gegevens/export", { form, headers: { origin: baseURL! } })).status()).toBe(401);
    expect((await request.post("/nl/beheer/gegevens/export", { form, headers: { origin: "https://evil.example" } })).status()).toBe(403);
    expect((await request.post("/nl/beheer/gegevens/export", { form })).status()).toBe(403);
  });
});

test.describe("logging in", () => {
  test("the session cookie is HttpOnly, SameSite=Strict and Path=/; logging out ends it on the server", async ({ page, request }) => {
    await logIn(page, E2E_STAFF.admin);
    await expect(page.getByText(`Ingelogd als ${E2E_STAFF.admin.name} (beheerder)`)).toBeVisible();
    const cookies = await page.context().cookies();
    expect(cookies.map((cookie) => cookie.name)).toEqual(["buurtbeeld-staff"]);
    const [cookie] = cookies;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/", secure: false });
    expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3600 * 1000 + 60_000);

    const withCookie = { headers: { cookie: `buurtbeeld-staff=${cookie!.value}` }, maxRedirects: 0 };
    expect((await request.get("/nl/beheer", withCookie)).status()).toBe(200);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(/\/nl\/beheer\/inloggen$/);
    // The old cookie value opens nothing any more, whoever still has it.
    const after = await request.get("/nl/beheer", withCookie);
    expect(after.status()).toBe(303);
    expect(location(after)).toMatch(/^\/nl\/beheer\/inloggen/);
  });

  test("over https the cookie is __Host- prefixed and Secure", async ({ page, request }) => {
    await page.goto("/nl/beheer/inloggen");
    const form = await hydratedForm(page, "Inloggen voor medewerkers");
    await form.getByLabel("E-mailadres").fill(E2E_STAFF.admin.email);
    await form.getByLabel("Wachtwoord").fill(E2E_STAFF.admin.password);
    const login = await captureAction(page, () => form.getByRole("button", { name: "Inloggen" }).click());
    const { response } = await replay(request, login, undefined, { "x-forwarded-proto": "https" });
    const setCookie = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value);
    // Next.js may repeat the header; every copy must be the same strict cookie.
    expect(setCookie.length).toBeGreaterThan(0);
    for (const header of setCookie) {
      expect(header).toMatch(/^__Host-buurtbeeld-staff=[A-Za-z0-9_-]{43};/);
      for (const attribute of [/;\s*Secure/i, /;\s*HttpOnly/i, /;\s*SameSite=Strict/i, /;\s*Path=\//]) expect(header).toMatch(attribute);
      expect(header).not.toMatch(/;\s*Domain=/i);
    }
  });

  test("an unknown address and a wrong password get the same answer, and too many attempts are throttled even with the right password", async ({ page }) => {
    const member = E2E_STAFF.throttled;
    await page.goto("/nl/beheer/inloggen");
    const attempt = async (email: string, password: string) => {
      const form = await hydratedForm(page, "Inloggen voor medewerkers");
      await form.getByLabel("E-mailadres").fill(email);
      await form.getByLabel("Wachtwoord").fill(password);
      await form.getByRole("button", { name: "Inloggen" }).click();
      const alert = form.getByRole("alert");
      await expect(alert).toBeVisible();
      return (await alert.innerText()).trim();
    };
    expect(await attempt("niemand@e2e.buurtbeeld.test", "een-wachtwoord-dat-niet-bestaat")).toBe(TEXT.invalidLogin);
    for (let i = 0; i < LOGIN_LIMITS.perAccount.limit; i++) {
      await page.goto("/nl/beheer/inloggen");
      expect(await attempt(member.email, `fout-wachtwoord-${i}`)).toBe(TEXT.invalidLogin);
    }
    await page.goto("/nl/beheer/inloggen");
    expect(await attempt(member.email, member.password)).toMatch(TEXT.throttled);
    await expect(page).toHaveURL(/\/nl\/beheer\/inloggen$/);
    expect(await page.context().cookies()).toEqual([]);
  });
});

test.describe("moderation", () => {
  test("the queue lists new submissions oldest first, with buurt and category", async ({ page }) => {
    await logIn(page, E2E_STAFF.moderator);
    const table = page.getByRole("table", { name: "Initiatieven die op een besluit wachten" });
    const titles = await table.locator("tbody th a").allInnerTexts();
    const ours = Object.values(E2E_SUBMISSIONS).map((submission) => submission.title);
    expect(titles.filter((title) => ours.includes(title as never))).toEqual(ours);
    const row = table.locator("tbody tr", { hasText: E2E_SUBMISSIONS.approve.title });
    await expect(row.getByRole("cell").nth(0)).toHaveText("Centrum");
    await expect(row.getByRole("cell").nth(1)).toHaveText("Ontmoeting");
    await expect(row.getByRole("cell").nth(2)).toHaveText("Ingediend");
  });

  test("approving makes an initiative public in /api/v1/initiatieven, without its submitter's address", async ({ page, request }) => {
    const before = await (await request.get("/api/v1/initiatieven?paginaGrootte=100")).json();
    expect(JSON.stringify(before)).not.toContain(E2E_SUBMISSIONS.approve.title);

    await logIn(page, E2E_STAFF.moderator);
    await page.goto(await initiativeHref(page, E2E_SUBMISSIONS.approve.title));
    const form = await hydratedForm(page, "Goedkeuren");
    await form.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
    await expect(page.getByRole("status")).toHaveText("Besluit opgeslagen. De status is nu: Gepubliceerd.");
    await expect(page.getByTestId("status")).toHaveText("Gepubliceerd");

    const after = await (await request.get("/api/v1/initiatieven?paginaGrootte=100")).json();
    const feature = after.features.find((candidate: { properties: { titel: string } }) => candidate.properties.titel === E2E_SUBMISSIONS.approve.title);
    expect(feature?.properties.status).toBe("gepubliceerd");
    expect(JSON.stringify(after)).not.toContain(E2E_SUBMISSIONS.approve.email);
    expect(JSON.stringify(after)).not.toContain("@e2e.buurtbeeld.test");
  });

  test("rejecting needs a public reason, checked on the server too", async ({ page }) => {
    await logIn(page, E2E_STAFF.moderator);
    await page.goto(await initiativeHref(page, E2E_SUBMISSIONS.reject.title));
    const form = await hydratedForm(page, "Afwijzen");
    // Past the browser's own check, to see the server's.
    await form.evaluate((element) => ((element as HTMLFormElement).noValidate = true));
    await form.getByRole("button", { name: "Afwijzen" }).click();
    await expect(form.getByRole("alert")).toContainText("Vul dit veld in.");
    await expect(page.getByTestId("status")).toHaveText("Ingediend");
    await form.getByLabel("Reden van afwijzing").fill("Reclame voor een bedrijf past niet bij buurtinitiatieven.");
    await form.getByRole("button", { name: "Afwijzen" }).click();
    await expect(page.getByRole("status")).toHaveText("Besluit opgeslagen. De status is nu: Afgewezen.");
  });

  test("the audit log shows both decisions, with who and what, to an admin", async ({ page }) => {
    await logIn(page, E2E_STAFF.admin);
    await page.goto("/nl/beheer/logboek");
    const table = page.getByRole("table", { name: /^Handelingen van medewerkers/ });
    const rows = table.locator("tbody tr");
    await expect(rows.filter({ hasText: "Goedgekeurd en gepubliceerd" }).filter({ hasText: E2E_STAFF.moderator.name })).toHaveCount(1);
    await expect(rows.filter({ hasText: "Afgewezen" }).filter({ hasText: "Reclame voor een bedrijf" })).toHaveCount(1);
    expect(await table.innerText()).not.toContain("@e2e.buurtbeeld.test");
  });
});

test.describe("the role matrix", () => {
  test("a moderator is sent back from every admin page; an admin sees every staff page", async ({ browser }) => {
    const moderator = await loggedInPage(browser, E2E_STAFF.moderator);
    const admin = await loggedInPage(browser, E2E_STAFF.admin);
    for (const locale of ["nl", "en"] as const) {
      for (const { path, role, heading } of STAFF_PAGES) {
        const asModerator = await moderator.request.get(`/${locale}${path}`, { maxRedirects: 0 });
        if (role === "ADMIN") {
          expect(asModerator.status(), path).toBe(303);
          expect(location(asModerator), path).toBe(`/${locale}/beheer?melding=geen-toegang`);
        } else expect(asModerator.status(), path).toBe(200);
        const asAdmin = await admin.request.get(`/${locale}${path}`, { maxRedirects: 0 });
        expect(asAdmin.status(), path).toBe(200);
        expect(asAdmin.headers()["cache-control"], path).toContain("no-store");
        expect(asAdmin.headers()["x-robots-tag"], path).toContain("noindex");
        expect(await asAdmin.text(), path).toContain(`>${escapeHtml(heading[locale])}</h1>`);
      }
    }
    await moderator.goto("/nl/beheer/logboek");
    await expect(moderator).toHaveURL(/\/nl\/beheer\?melding=geen-toegang$/);
    // Next adds an empty live region of its own (the route announcer); ours is the one with text.
    await expect(moderator.getByRole("main").getByRole("alert")).toHaveText(TEXT.adminOnly);
    // The header offers a moderator only what they may open.
    await expect(moderator.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Logboek" })).toHaveCount(0);
    await expect(admin.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Logboek" })).toHaveCount(1);
  });

  test("every staff Server Action refuses an anonymous caller, on its own page or any other", async ({ browser, request }) => {
    const admin = await loggedInPage(browser, E2E_STAFF.admin);
    const actions: Record<string, CapturedAction> = {};

    const matrix = await initiativeHref(admin, E2E_SUBMISSIONS.matrix.title);
    await admin.goto(matrix);
    actions.publish = await captureAction(admin, async () => (await hydratedForm(admin, "Goedkeuren")).getByRole("button").click());
    await admin.goto(matrix);
    const reject = await hydratedForm(admin, "Afwijzen");
    await reject.getByLabel("Reden van afwijzing").fill("Test");
    actions.reject = await captureAction(admin, () => reject.getByRole("button", { name: "Afwijzen" }).click());
    await admin.goto(matrix);
    const change = await hydratedForm(admin, "Aanpassing vragen");
    await change.getByLabel("Wat moet de indiener aanpassen?").fill("Test");
    actions.requestChanges = await captureAction(admin, () => change.getByRole("button", { name: "Aanpassing vragen" }).click());
    await admin.goto(matrix);
    const edit = await hydratedForm(admin, "Tekst verbeteren");
    await edit.getByLabel("Titel").fill("Overgenomen titel");
    actions.edit = await captureAction(admin, () => edit.getByRole("button", { name: "Wijziging opslaan" }).click());

    await admin.goto("/nl/beheer");
    const published = await admin.getByRole("table", { name: /^Gepubliceerde initiatieven/ }).getByRole("link", { name: E2E_SUBMISSIONS.approve.title }).getAttribute("href");
    await admin.goto(published!);
    actions.progress = await captureAction(admin, async () => (await hydratedForm(admin, "Voortgang")).getByRole("button", { name: "Status wijzigen" }).click());

    await admin.goto("/nl/beheer/medewerkers");
    const create = await hydratedForm(admin, "Medewerker toevoegen");
    await create.getByLabel("Naam").fill("Ingeschoven Moderator");
    await create.getByLabel("E-mailadres", { exact: true }).fill("ingeschoven@e2e.buurtbeeld.test");
    await create.getByLabel("Eerste wachtwoord").fill("een-wachtwoord-van-buiten");
    actions.createStaff = await captureAction(admin, () => create.getByRole("button", { name: "Medewerker toevoegen" }).click());
    await admin.goto("/nl/beheer/medewerkers");
    actions.disableStaff = await captureAction(admin, async () => (await hydratedForm(admin, `Uitschakelen: ${E2E_STAFF.moderator.name}`)).getByRole("button").click());

    await admin.goto("/nl/beheer/gegevens");
    const lookup = await hydratedForm(admin, "Opzoeken");
    await lookup.getByLabel("E-mailadres van de indiener").fill(E2E_SUBMISSIONS.matrix.email);
    actions.lookup = await captureAction(admin, () => lookup.getByRole("button", { name: "Opzoeken" }).click());
    await admin.goto("/nl/beheer/gegevens");
    const erase = await hydratedForm(admin, "Verwijderen");
    await erase.getByLabel("E-mailadres van de indiener").fill(E2E_SUBMISSIONS.matrix.email);
    await erase.getByLabel("Verwijder ook de initiatieven die niet openbaar zijn").check();
    await erase.getByLabel("Ik weet dat dit niet ongedaan kan worden gemaakt").check();
    actions.erase = await captureAction(admin, () => erase.getByRole("button", { name: "Gegevens verwijderen" }).click());

    for (const [name, action] of Object.entries(actions)) {
      const { status, text } = await replay(request, action);
      expect(status, name).toBe(200);
      expect(text, name).toContain('"code":"signedOut"');
      expect(text, name).not.toContain('"status":"ok"');
      // An action ID works from any page; posted elsewhere, it must not succeed either.
      for (const path of ["/nl", "/en/beheer/inloggen"]) {
        const elsewhere = await replay(request, action, path);
        expect(elsewhere.text, `${name} at ${path}`).not.toContain('"status":"ok"');
        if (elsewhere.text.includes('"code":')) expect(elsewhere.text, `${name} at ${path}`).toContain('"code":"signedOut"');
      }
    }
    // Nothing happened: the matrix initiative still waits, untouched; nobody was added or disabled.
    await admin.goto(matrix);
    await expect(admin.getByTestId("status")).toHaveText("Ingediend");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(E2E_SUBMISSIONS.matrix.title);
    await admin.goto(published!);
    await expect(admin.getByTestId("status")).toHaveText("Gepubliceerd");
    await admin.goto("/nl/beheer/medewerkers");
    await expect(admin.getByText("ingeschoven@e2e.buurtbeeld.test")).toHaveCount(0);
    await expect(admin.locator("tr", { hasText: E2E_STAFF.moderator.email })).toContainText("Actief");
  });

  test("admin-only Server Actions and the export refuse a moderator", async ({ browser, baseURL }) => {
    const admin = await loggedInPage(browser, E2E_STAFF.admin);
    const moderator = await loggedInPage(browser, E2E_STAFF.moderator);
    const actions: Record<string, CapturedAction> = {};
    await admin.goto("/nl/beheer/medewerkers");
    const create = await hydratedForm(admin, "Medewerker toevoegen");
    await create.getByLabel("Naam").fill("Zelfbenoemde Beheerder");
    await create.getByLabel("E-mailadres", { exact: true }).fill("zelfbenoemd@e2e.buurtbeeld.test");
    await create.getByLabel("Eerste wachtwoord").fill("een-wachtwoord-van-binnen");
    await create.getByLabel("Rol").selectOption("ADMIN");
    actions.createStaff = await captureAction(admin, () => create.getByRole("button", { name: "Medewerker toevoegen" }).click());
    await admin.goto("/nl/beheer/medewerkers");
    actions.disableStaff = await captureAction(admin, async () => (await hydratedForm(admin, `Uitschakelen: ${E2E_STAFF.moderator.name}`)).getByRole("button").click());
    await admin.goto("/nl/beheer/gegevens");
    const lookup = await hydratedForm(admin, "Opzoeken");
    await lookup.getByLabel("E-mailadres van de indiener").fill(E2E_SUBMISSIONS.data.email);
    actions.lookup = await captureAction(admin, () => lookup.getByRole("button", { name: "Opzoeken" }).click());
    await admin.goto("/nl/beheer/gegevens");
    const erase = await hydratedForm(admin, "Verwijderen");
    await erase.getByLabel("E-mailadres van de indiener").fill(E2E_SUBMISSIONS.data.email);
    await erase.getByLabel("Ik weet dat dit niet ongedaan kan worden gemaakt").check();
    actions.erase = await captureAction(admin, () => erase.getByRole("button", { name: "Gegevens verwijderen" }).click());

    for (const [name, action] of Object.entries(actions)) {
      const { status, text } = await replay(moderator.request, action);
      expect(status, name).toBe(200);
      expect(text, name).toContain('"code":"forbidden"');
    }
    const form = { email: E2E_SUBMISSIONS.data.email };
    expect((await moderator.request.post("/nl/beheer/gegevens/export", { form, headers: { origin: baseURL! } })).status()).toBe(403);

    // The moderator is still active and the would-be admin does not exist.
    await admin.goto("/nl/beheer/medewerkers");
    await expect(admin.getByText("zelfbenoemd@e2e.buurtbeeld.test")).toHaveCount(0);
    await expect(admin.locator("tr", { hasText: E2E_STAFF.moderator.email })).toContainText("Actief");
  });
});

test.describe("a submitter's data", () => {
  test("an admin looks up, downloads and deletes one address; the log keeps no address", async ({ page }) => {
    const { email, title } = E2E_SUBMISSIONS.data;
    await logIn(page, E2E_STAFF.admin);
    await page.goto("/nl/beheer/gegevens");
    const lookup = await hydratedForm(page, "Opzoeken");
    await lookup.getByLabel("E-mailadres van de indiener").fill(email.toUpperCase());
    await lookup.getByRole("button", { name: "Opzoeken" }).click();
    await expect(lookup.getByRole("status")).toContainText("Onder dit e-mailadres: 1 initiatief en 0 e-mailberichten.");
    await expect(lookup.getByRole("status")).toContainText(title);

    const exportForm = page.getByRole("form", { name: "Downloaden" });
    await exportForm.getByLabel("E-mailadres van de indiener").fill(email);
    const [download] = await Promise.all([page.waitForEvent("download"), exportForm.getByRole("button", { name: "Gegevens downloaden" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^buurtbeeld-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(data.initiatives.map((initiative: { title: string }) => initiative.title)).toEqual([title]);
    expect(data.initiatives[0].contact.email).toBe(email);

    await page.goto("/nl/beheer/gegevens");
    const erase = await hydratedForm(page, "Verwijderen");
    await erase.getByLabel("E-mailadres van de indiener").fill(email);
    await erase.getByLabel("Verwijder ook de initiatieven die niet openbaar zijn").check();
    await erase.getByLabel("Ik weet dat dit niet ongedaan kan worden gemaakt").check();
    await erase.getByRole("button", { name: "Gegevens verwijderen" }).click();
    await expect(erase.getByRole("status")).toHaveText("Verwijderd: 1 contactgegeven, 0 berichten en 1 initiatief.");

    await page.goto("/nl/beheer");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    await page.goto("/nl/beheer/logboek");
    const log = page.getByRole("table", { name: /^Handelingen van medewerkers/ });
    await expect(log.locator("tbody tr").filter({ hasText: "Gegevens van indiener verwijderd" })).toHaveCount(1);
    await expect(log.locator("tbody tr").filter({ hasText: "Gegevens van indiener gedownload" })).toHaveCount(1);
    expect((await log.innerText()).toLowerCase()).not.toContain(email);
  });
});
