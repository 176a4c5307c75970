import { expect, test } from "@playwright/test";
import { E2E_STAFF, logIn } from "./support/staff.ts";

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

// Unsubscribing, checked where the row can be read: opening the mail's link changes
// nothing (scanners open links), the button does, and so does the mail program's one-click
// POST. The status mails themselves go out by the server's timer, as the outbox of a live
// PostgreSQL server would (start-e2e-server writes them after the demo import).
test("the status mails are sent by the server, and unsubscribing sets the contact's row", async ({ page, request }) => {
  const { default: pg } = await import("pg");
  const { MAIL_TEST_INITIATIVES } = await import("./support/mail-test-data.ts");
  const { e2eMailPorts } = await import("../tests/support/test-smtp-server.ts");
  const client = new pg.Client({ connectionString: `${process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"}`.replace(/\/[^/]*$/, "/buurtbeeld_e2e_3211") });
  await client.connect();
  try {
    const contact = async (email: string) =>
      (await client.query(`SELECT "unsubscribeToken" AS token, "unsubscribedAt" AS at FROM "InitiativeContact" WHERE email = $1`, [email])).rows[0] as
        | { token: string; at: Date | null }
        | undefined;
    const [viaPage, viaOneClick] = MAIL_TEST_INITIATIVES.map((initiative) => initiative.email);
    await expect.poll(async () => (await client.query(`SELECT count(*)::int AS count FROM "OutboxMail" WHERE "sentAt" IS NOT NULL`)).rows[0].count, { timeout: 60_000 }).toBe(2);
    const mailbox = (await (await request.get(`http://127.0.0.1:${e2eMailPorts(3211).http}/messages`)).json()) as { to: string[] }[];
    expect(mailbox.map((mail) => mail.to[0]).sort()).toEqual([viaPage, viaOneClick].sort());

    const first = (await contact(viaPage!))!;
    await page.goto(`/nl/initiatieven/afmelden?token=${first.token}`);
    await expect(page.getByRole("button", { name: "Ja, meld mij af" })).toBeVisible();
    expect((await contact(viaPage!))!.at, "opening the link unsubscribes nobody").toBeNull();
    await page.getByRole("button", { name: "Ja, meld mij af" }).click();
    await expect(page.getByRole("status")).toBeVisible();
    expect((await contact(viaPage!))!.at).not.toBeNull();

    const second = (await contact(viaOneClick!))!;
    expect(second.at).toBeNull();
    const response = await request.post(`/api/afmelden?token=${second.token}`, { form: { "List-Unsubscribe": "One-Click" } });
    expect(response.status()).toBe(200);
    expect((await contact(viaOneClick!))!.at).not.toBeNull();
  } finally {
    await client.end();
  }
});

// Many people (or one impatient one) at once: every form is stored exactly once however
// often it arrives, what the client's limit refuses is a clear refusal, and nothing is a 500.
test("a burst of simultaneous submissions, each sent twice: stored once each, the rest refused, never a 500", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const forms = await Promise.all(
    Array.from({ length: 8 }, async (_, index) => {
      const page = await context.newPage();
      await page.goto("/nl/initiatieven/nieuw");
      const title = `Gelijktijdig ingediend ${index + 1}`;
      await page.getByLabel("Titel", { exact: true }).fill(title);
      await page.getByLabel("Beschrijving", { exact: true }).fill("Tegelijk met zeven andere formulieren verstuurd.");
      await page.getByLabel("Onderwerp", { exact: true }).selectOption("ontmoeting");
      await page.getByLabel("Bewoner", { exact: true }).check();
      await page.locator("#buurt").selectOption("BU19910101");
      await page.getByLabel(/^Ik geef de gemeente toestemming/).check();
      return { page, title };
    }),
  );
  // Past the form's minimum fill time, then every form at once, and each one again at once.
  await new Promise((resolve) => setTimeout(resolve, 3_300));
  const results = await Promise.all(
    forms.map(async ({ page, title }) => {
      const sent = page.waitForRequest((request) => request.method() === "POST");
      const first = page.waitForResponse((response) => response.request().method() === "POST");
      await page.getByRole("button", { name: "Initiatief versturen" }).click();
      const request = await sent;
      const again = await context.request.post(request.url(), {
        headers: { "content-type": request.headers()["content-type"]!, origin: new URL(request.url()).origin },
        data: request.postDataBuffer()!,
        maxRedirects: 0,
      });
      const response = await first;
      return { page, title, status: response.status(), location: response.headers().location ?? "", again: again.status(), againLocation: again.headers().location ?? "", retryAfter: again.headers()["retry-after"] };
    }),
  );
  for (const result of results) {
    expect([303, 200, 429], `${result.title}: ${result.status}`).toContain(result.status);
    expect([303, 200, 429], `${result.title} again: ${result.again}`).toContain(result.again);
    if (result.again === 429) expect(Number(result.retryAfter)).toBeGreaterThan(0);
    // A form refused by the limit says in words how long to wait, not a message key.
    if (result.status === 200) await expect(result.page.getByRole("main")).toContainText(/Probeer het over \d+ (seconde|seconden|minuut|minuten) opnieuw\./);
  }
  const accepted = results.filter((result) => result.status === 303 || result.again === 303);
  expect(accepted.length, "the client's limit lets a few through").toBeGreaterThanOrEqual(1);
  expect(accepted.length, "and no more than its five").toBeLessThanOrEqual(5);
  for (const result of accepted) {
    // Both deliveries of one form name the same reference, whichever came first.
    const references = [result.location, result.againLocation].filter(Boolean).map((location) => new URL(location, "http://x").searchParams.get("referentie"));
    expect(new Set(references).size, result.title).toBe(1);
  }

  // The moderation queue holds each accepted form once, and none of the refused ones.
  const staff = await (await browser.newContext()).newPage();
  await logIn(staff, E2E_STAFF.moderator);
  const queue = await staff.getByRole("main").innerText();
  for (const result of results) {
    const times = queue.split(result.title).length - 1;
    expect(times, result.title).toBe(accepted.includes(result) ? 1 : 0);
  }
});
