import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { asClient } from "./support/client-address.ts";
import { mailsTo } from "./support/mailbox.ts";
import { E2E_CHANGE_REQUESTED, E2E_STAFF, logIn } from "./support/staff.ts";

// The municipality asked for a change (seeded: seed-staff.ts); the submitter answers on
// their status page with nothing but the reference, and the initiative is back in the queue.

const SEEDED = E2E_CHANGE_REQUESTED;
const STATUS_PAGE = `/nl/initiatieven/status?referentie=${SEEDED.reference}`;
const NEW_DESCRIPTION = "Een bankje aan de Schoolstraat, bij het hek van de school, voor wachtende ouders.";

test.use(asClient("192.0.2.15"));

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the submitter answers on a phone; the server's state changes once");
});

test("a submitter answers a request for change by reference: refused input is kept, the answer goes back to the queue", async ({ page, browser, request }) => {
  test.setTimeout(90_000);

  // Without script first: a refusal names the field and keeps what was typed.
  const plain = await (await browser.newContext({ javaScriptEnabled: false, ...asClient("192.0.2.15") })).newPage();
  await plain.goto(STATUS_PAGE);
  await expect(plain.getByTestId("initiative-status")).toHaveText("Aanpassing gevraagd");
  await expect(plain.getByRole("main")).toContainText(SEEDED.reason);
  const plainForm = plain.getByRole("form", { name: "Uw initiatief aanpassen" });
  await expect(plainForm.getByLabel("Titel", { exact: true })).toHaveValue(SEEDED.title);
  await expect(plainForm.getByLabel("Beschrijving", { exact: true })).toHaveValue(SEEDED.description);
  await plainForm.getByLabel("Titel", { exact: true }).fill("ab");
  await plainForm.getByLabel("Beschrijving", { exact: true }).fill(NEW_DESCRIPTION);
  await plainForm.getByRole("button", { name: "Aangepast initiatief versturen" }).click();
  const summary = plain.locator("#fouten");
  await expect(summary).toContainText("Uw aanpassing is nog niet verstuurd");
  await expect(summary.getByRole("link", { name: "De titel is te kort: gebruik minstens 3 tekens." })).toHaveAttribute("href", "#title");
  await expect(plain.locator("#title")).toHaveValue("ab");
  await expect(plain.locator("#description")).toHaveValue(NEW_DESCRIPTION);
  await expect(plain.getByTestId("initiative-status")).toHaveText("Aanpassing gevraagd");
  await plain.context().close();

  // With script, on the phone: the page passes axe with the form on it, and the answer is stored.
  await page.goto(STATUS_PAGE);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  const form = page.getByRole("form", { name: "Uw initiatief aanpassen" });
  await form.getByLabel("Beschrijving", { exact: true }).fill(NEW_DESCRIPTION);
  await form.getByRole("button", { name: "Aangepast initiatief versturen" }).tap();
  await expect(page.getByTestId("initiative-status")).toHaveText("Ontvangen");
  await expect(page.getByRole("form", { name: "Uw initiatief aanpassen" })).toHaveCount(0);
  const history = page.getByRole("table");
  await expect(history).toContainText("Aanpassing gevraagd");
  await expect(history).toContainText(SEEDED.reason);

  // Back in the moderators' queue with the new text; the log names the submitter, not an address.
  const staff = await (await browser.newContext()).newPage();
  await logIn(staff, E2E_STAFF.admin);
  const row = staff.getByRole("main").locator("tbody tr", { hasText: SEEDED.title });
  await expect(row).toContainText("Ingediend");
  await row.getByRole("link", { name: SEEDED.title }).click();
  await expect(staff.getByRole("main")).toContainText(NEW_DESCRIPTION);
  await staff.goto("/nl/beheer/logboek");
  const logged = staff.locator("tbody tr").filter({ hasText: "Aangepast door indiener" });
  await expect(logged).toHaveCount(1);
  await expect(logged).not.toContainText(SEEDED.email);

  // The submitter's mailbox has the receipt of the answer.
  await expect
    .poll(async () => (await mailsTo(request, SEEDED.email)).some((mail) => mail.text.includes("ontvangen") && mail.text.includes(SEEDED.reference)), {
      timeout: 30_000,
      message: "a receipt for the changed initiative",
    })
    .toBe(true);
});
