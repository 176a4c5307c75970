import { expect, test } from "@playwright/test";
import { asClient } from "./support/client-address.ts";
import { mailsTo } from "./support/mailbox.ts";
import { CENTRUM } from "./support/site.ts";
import { E2E_STAFF, hydratedForm, initiativeHref, logIn } from "./support/staff.ts";

// The whole way of one initiative: a resident submits it on a phone, a moderator approves
// it, it is public on the site and in the API, and the resident's mailbox has both the
// receipt and the news, without the address ever showing anywhere public.

const TITLE = "Picknicktafels bij de Kruisherenkerk";
const EMAIL = "bewoner-flow@example.nl";
/** The form refuses anything sent faster than 3 s after it was drawn. */
const FILL_TIME_MS = 3_300;

test.use(asClient("192.0.2.14"));

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the resident's way starts on a phone");
});

test("submit on a phone, moderate, published, and the mails arrive", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  await page.goto("/nl/initiatieven/nieuw");
  const form = page.locator("form.buurtbeeld-initiative-form");
  await form.getByLabel("Titel", { exact: true }).fill(TITLE);
  await form.getByLabel("Beschrijving", { exact: true }).fill("Twee picknicktafels op het grasveld, zodat buren er samen kunnen eten.");
  await form.getByLabel("Onderwerp", { exact: true }).selectOption("ontmoeting");
  await form.getByLabel("Bewoner", { exact: true }).check();
  await form.locator("#buurt").selectOption(CENTRUM.code);
  await form.getByLabel("E-mailadres (niet verplicht)", { exact: true }).fill(EMAIL);
  await form.getByLabel(/^Ik geef de gemeente toestemming/).check();
  await page.waitForTimeout(FILL_TIME_MS);
  await form.getByRole("button", { name: "Initiatief versturen" }).tap();
  await expect(page).toHaveURL(/\/nl\/initiatieven\/status\?referentie=BB-/);
  const reference = (await page.getByTestId("initiative-reference").textContent())!.trim();
  await expect(page.getByTestId("initiative-status")).toHaveText("Ontvangen");

  // Not public yet.
  expect(JSON.stringify(await (await request.get("/api/v1/initiatieven?paginaGrootte=100")).json())).not.toContain(TITLE);
  await page.goto("/nl/initiatieven");
  await expect(page.getByRole("main")).not.toContainText(TITLE);

  // A moderator approves it.
  const staff = await (await browser.newContext()).newPage();
  await logIn(staff, E2E_STAFF.moderator);
  await staff.goto(await initiativeHref(staff, TITLE));
  const approve = await hydratedForm(staff, "Goedkeuren");
  await approve.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(staff.getByTestId("status")).toHaveText("Gepubliceerd");

  // Public on the site, on its buurt's page and in the API; the address nowhere.
  await page.goto("/nl/initiatieven");
  const link = page.getByRole("main").getByRole("link", { name: TITLE }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  expect(await page.content()).not.toContain(EMAIL);
  await page.goto(`/nl/buurten/${CENTRUM.code}`);
  await expect(page.getByRole("main")).toContainText(TITLE);
  const api = await (await request.get("/api/v1/initiatieven?paginaGrootte=100")).text();
  expect(api).toContain(TITLE);
  expect(api).not.toContain(EMAIL);

  // The submitter follows it by reference, and the mailbox has the receipt and the news.
  await page.goto(`/nl/initiatieven/status?referentie=${reference}`);
  await expect(page.getByTestId("initiative-status")).toHaveText("Gepubliceerd");
  await expect
    .poll(async () => (await mailsTo(request, EMAIL)).map((mail) => mail.text.includes("staat nu openbaar") ? "published" : mail.text.includes("ontvangen") ? "receipt" : "other").sort(), {
      timeout: 30_000,
      message: "the receipt and the publication mail",
    })
    .toEqual(["published", "receipt"]);
  const mails = await mailsTo(request, EMAIL);
  for (const mail of mails) {
    expect(mail.subject).toBe(`Uw initiatief “${TITLE}”`);
    expect(mail.text).toContain(reference);
  }
});
