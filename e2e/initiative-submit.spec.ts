import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { asClient } from "./support/client-address.ts";
import { pointInShape } from "./support/map.ts";
import { CENTRUM, UNKNOWN_REFERENCE } from "./support/site.ts";

// Submitting an initiative without an account: on a phone through the buurt list without
// script (no map), on a desktop by tapping the map; the reference on the status page; a
// re-sent form stored once; a clear refusal for each bad input, with nothing typed lost.
//
// The server counts at most 5 checked submissions per client in 10 minutes; each describe
// below is its own client (asClient), so other specs' submissions do not spend its budget.

const REFERENCE = /^BB-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

// Hand-written, like e2e/support/site.ts: a wrong translation makes a test fail.
const NL = {
  title: "Titel",
  description: "Beschrijving",
  category: "Onderwerp",
  resident: "Bewoner",
  email: "E-mailadres (niet verplicht)",
  consent: /^Ik geef de gemeente toestemming/,
  submit: "Initiatief versturen",
  received: "Ontvangen",
  summary: "Uw initiatief is nog niet verstuurd",
  tooFast: "Dat ging erg snel. Neem even de tijd om alles na te lezen en verstuur het formulier dan opnieuw.",
  titleTooShort: "De titel is te kort: gebruik minstens 3 tekens.",
  descriptionTooShort: "De beschrijving is te kort: gebruik minstens 10 tekens.",
  emailInvalid: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het veld leeg.",
  privacyRequired: "Geef toestemming, anders kunnen we uw initiatief niet ontvangen.",
  locationMissing: "Kies een buurt uit de lijst of een plek op de kaart.",
  pointOutside: "Deze plek ligt buiten de gemeente Maashorst. Kies een plek binnen de gemeente of kies een buurt uit de lijst.",
  refused: "Uw initiatief kon niet worden verstuurd. Probeer het later opnieuw of neem contact op met de gemeente.",
  pointChosen: `Gekozen: een plek in de buurt ${CENTRUM.name}.`,
  noneInBuurt: (buurt: string) => `Er zijn nog geen gepubliceerde initiatieven in ${buurt}.`,
  showNearby: "Toon initiatieven in deze buurt",
  notFound: `We vinden geen initiatief met de referentie ${UNKNOWN_REFERENCE}. Controleer de referentie en probeer het opnieuw.`,
  malformed: "Dit is geen geldige referentie. Een referentie ziet eruit als BB-7KQ4-M2XD.",
  tooLarge: "Uw bericht is te groot om te versturen. Maak de beschrijving korter en probeer het opnieuw.",
};

/** From the demo data: published and rejected in Centrum; a buurt where the demo and the tests publish nothing. */
const DEMO_PUBLISHED_IN_CENTRUM = "Moestuin achter het buurthuis (demo)";
const DEMO_REJECTED_IN_CENTRUM = "Reclamebord voor mijn winkel (demo)";
const QUIET_BUURT = { code: "BU19910607", name: "Verspreide huizen Peel" } as const;

/** The form sends nothing faster than 3 seconds after it was drawn; a person takes longer anyway. */
const FILL_TIME_MS = 3_300;

async function fillValidForm(page: Page, title: string, { buurt = true }: { buurt?: boolean } = {}) {
  const form = page.locator("form.buurtbeeld-initiative-form");
  await form.getByLabel(NL.title, { exact: true }).fill(title);
  await form.getByLabel(NL.description, { exact: true }).fill("Een plek waar buren elkaar ontmoeten, met bankjes en een moestuin.");
  await form.getByLabel(NL.category, { exact: true }).selectOption("ontmoeting");
  await form.getByLabel(NL.resident, { exact: true }).check();
  if (buurt) await form.locator("#buurt").selectOption(CENTRUM.code);
  await form.getByLabel(NL.email, { exact: true }).fill("bewoner@example.nl");
  await form.getByLabel(NL.consent).check();
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test.describe("on a phone without script: the buurt list", () => {
  test.use({ javaScriptEnabled: false, ...asClient("192.0.2.11") });
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the phone route through the list");
  });

  test("submits through the buurt list, shows the reference, and a re-sent form lands on the same one", async ({ page }) => {
    await page.goto("/nl/initiatieven/nieuw");
    // Without script there is no map to tap: the list is the way.
    await expect(page.getByRole("main").locator("svg")).toHaveCount(0);
    await fillValidForm(page, "Ontmoetingsplek aan de Markt");
    await page.waitForTimeout(FILL_TIME_MS);
    const sent = page.waitForRequest((request) => request.method() === "POST" && request.url().includes("/nl/initiatieven/nieuw"));
    await page.getByRole("button", { name: NL.submit }).click();

    await expect(page).toHaveURL(/\/nl\/initiatieven\/status\?referentie=BB-/);
    const reference = (await page.getByTestId("initiative-reference").textContent())!.trim();
    expect(reference).toMatch(REFERENCE);
    await expect(page.getByTestId("initiative-status")).toHaveText(NL.received);
    await expect(page.getByRole("main")).toContainText("Ontmoetingsplek aan de Markt");
    await expect(page.getByRole("main")).toContainText(CENTRUM.name);
    // The e-mail address is never shown, not even to the submitter.
    expect(await page.content()).not.toContain("bewoner@example.nl");

    // The same form again (a double tap, a retry after a lost connection): the same reference.
    const first = await sent;
    const replay = await page.request.post(first.url(), {
      headers: { "content-type": first.headers()["content-type"]!, origin: first.headers().origin ?? new URL(first.url()).origin },
      data: first.postDataBuffer()!,
      maxRedirects: 0,
    });
    expect(replay.status()).toBe(303);
    expect(replay.headers().location).toContain(`referentie=${reference}`);
  });

  test("the GET form shows the buurt's published initiatives and starts the form with that buurt", async ({ page }) => {
    await page.goto("/nl/initiatieven/nieuw");
    await page.locator("#check-buurt").selectOption(CENTRUM.code);
    await page.getByRole("button", { name: NL.showNearby }).click();
    await expect(page).toHaveURL(`/nl/initiatieven/nieuw?buurt=${CENTRUM.code}`);
    // The demo's published initiative in Centrum is listed; the one moderation rejected is not.
    const nearby = page.getByRole("main").getByRole("list").filter({ hasText: DEMO_PUBLISHED_IN_CENTRUM });
    await expect(nearby.getByRole("link", { name: DEMO_PUBLISHED_IN_CENTRUM })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(DEMO_REJECTED_IN_CENTRUM);
    await expect(page.getByRole("main")).not.toContainText(NL.noneInBuurt(CENTRUM.name));
    await expect(page.locator("#buurt")).toHaveValue(CENTRUM.code);

    await page.locator("#check-buurt").selectOption(QUIET_BUURT.code);
    await page.getByRole("button", { name: NL.showNearby }).click();
    await expect(page.getByRole("main")).toContainText(NL.noneInBuurt(QUIET_BUURT.name));
    await expect(page.locator("#buurt")).toHaveValue(QUIET_BUURT.code);
  });

  test("a refusal without script keeps every value, marks the fields and focuses the summary", async ({ page }) => {
    await page.goto("/nl/initiatieven/nieuw");
    const form = page.locator("form.buurtbeeld-initiative-form");
    await form.getByLabel(NL.title, { exact: true }).fill("ab");
    await form.getByLabel(NL.description, { exact: true }).fill("Een lange beschrijving van het idee.");
    await form.getByLabel(NL.email, { exact: true }).fill("geen-adres");
    await form.locator("#buurt").selectOption(CENTRUM.code);
    await page.waitForTimeout(FILL_TIME_MS);
    await page.getByRole("button", { name: NL.submit }).click();

    const summary = page.locator("#fouten");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(NL.summary);
    await expect(summary.getByRole("link", { name: NL.titleTooShort })).toHaveAttribute("href", "#title");
    await expect(page.locator("#title-error")).toHaveText(NL.titleTooShort);
    await expect(page.locator("#title")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#privacy-error")).toHaveText(NL.privacyRequired);
    await expect(page.locator("#title")).toHaveValue("ab");
    await expect(page.locator("#description")).toHaveValue("Een lange beschrijving van het idee.");
    await expect(page.locator("#email")).toHaveValue("geen-adres");
    await expect(page.locator("#buurt")).toHaveValue(CENTRUM.code);
  });
});

test.describe("on a phone with script", () => {
  test.use(asClient("192.0.2.12"));
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the double tap on a touch screen");
  });

  test("a double tap sends the form once and opens its status page", async ({ page }) => {
    await page.goto("/nl/initiatieven/nieuw");
    await fillValidForm(page, "Speeltuin opknappen");
    await page.waitForTimeout(FILL_TIME_MS);
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.headers()["next-action"]) posts.push(request.url());
    });
    // Two taps on the same spot in quick succession, as a finger does: the second one must
    // not wait for the button to be there still, as a locator's tap would.
    const button = page.getByRole("button", { name: NL.submit });
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.touchscreen.tap(x, y);
    await page.touchscreen.tap(x, y);
    await expect(page).toHaveURL(/\/nl\/initiatieven\/status\?referentie=BB-/);
    await expect(page.getByTestId("initiative-reference")).toHaveText(REFERENCE);
    expect(posts).toHaveLength(1);
  });
});

test.describe("on a desktop with script: the map, refusals and values kept", () => {
  test.use(asClient("192.0.2.13"));
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "map clicks and refusals, once");
  });

  test("too fast: refused with a clear message, everything typed kept, focus on the summary", async ({ page, request }) => {
    await page.goto("/nl/initiatieven/nieuw");
    await fillValidForm(page, "Meer bankjes in het park");
    // Filling in takes a person (and a busy test machine) more than the minimum time, so the
    // form gets the token of a page rendered just now: sent at once, it is too fast.
    const fresh = await (await request.get("/nl/initiatieven/nieuw")).text();
    const hidden = (name: string) => fresh.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1];
    const [token, key] = [hidden("formToken"), hidden("idempotencyKey")];
    expect(token && key, "a fresh form token").toBeTruthy();
    await page.evaluate(([formToken, idempotencyKey]) => {
      (document.querySelector('input[name="formToken"]') as HTMLInputElement).value = formToken!;
      (document.querySelector('input[name="idempotencyKey"]') as HTMLInputElement).value = idempotencyKey!;
    }, [token, key]);
    await page.getByRole("button", { name: NL.submit }).click();
    const summary = page.locator("#fouten");
    await expect(summary).toContainText(NL.tooFast);
    await expect(summary).toBeFocused();
    await expect(page).toHaveURL("/nl/initiatieven/nieuw");
    await expect(page.locator("#title")).toHaveValue("Meer bankjes in het park");
    await expect(page.locator("#email")).toHaveValue("bewoner@example.nl");
    await expect(page.locator("#privacy")).toBeChecked();
  });

  test("every bad field is named, linked from the summary, and the page still passes axe", async ({ page }) => {
    await page.goto("/nl/initiatieven/nieuw");
    const form = page.locator("form.buurtbeeld-initiative-form");
    await form.getByLabel(NL.title, { exact: true }).fill("ab");
    await form.getByLabel(NL.description, { exact: true }).fill("kort");
    await form.getByLabel(NL.email, { exact: true }).fill("naam@");
    await page.waitForTimeout(FILL_TIME_MS);
    await page.getByRole("button", { name: NL.submit }).click();

    const summary = page.locator("#fouten");
    await expect(summary).toBeFocused();
    for (const message of [NL.titleTooShort, NL.descriptionTooShort, NL.locationMissing, NL.emailInvalid, NL.privacyRequired]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await expect(page.locator("#email")).toHaveAttribute("aria-describedby", "email-description email-error");
    await expect(page.locator("#email")).toHaveValue("naam@");
    // The summary's link takes the keyboard to the field.
    await summary.getByRole("link", { name: NL.emailInvalid }).click();
    await expect(page.locator("#email")).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a filled honeypot is refused without a hint, and nothing is stored", async ({ page }) => {
    await page.goto("/nl/initiatieven/nieuw");
    await fillValidForm(page, "Een echte bot");
    await page.locator("#website").fill("https://spam.example", { force: true });
    await page.waitForTimeout(FILL_TIME_MS);
    await page.getByRole("button", { name: NL.submit }).click();
    await expect(page.locator("#fouten")).toContainText(NL.refused);
    await expect(page).toHaveURL("/nl/initiatieven/nieuw");
  });

  test("a point outside the gemeente is refused by the server with a clear message", async ({ page }) => {
    await page.goto("/nl/initiatieven/nieuw");
    await fillValidForm(page, "Iets in Parijs", { buurt: false });
    // What a tampered or wrong point looks like to the server. (One inside the Netherlands is
    // placed after the rate limit counts; this one is refused before, saving the budget above.)
    await page.locator('input[name="lon"]').evaluate((input: HTMLInputElement) => (input.value = "2.2945"));
    await page.locator('input[name="lat"]').evaluate((input: HTMLInputElement) => (input.value = "48.8584"));
    await page.waitForTimeout(FILL_TIME_MS);
    await page.getByRole("button", { name: NL.submit }).click();
    await expect(page.locator("#location-error")).toHaveText(NL.pointOutside);
    await expect(page.locator("#fouten").getByRole("link", { name: NL.pointOutside })).toHaveAttribute("href", "#buurt");
  });

  test("a tap on the map chooses the point and its buurt, shows what is nearby, and is stored", async ({ page }) => {
    await page.goto("/nl/initiatieven/nieuw");
    const map = page.locator("svg.buurtbeeld-location-map__svg");
    await expect(map).toBeVisible();
    const { x, y } = await pointInShape(map.locator(`path[data-buurt="${CENTRUM.code}"]`));
    await page.mouse.click(x, y);
    await expect(page.locator(".buurtbeeld-location-map__status")).toHaveText(NL.pointChosen);
    await expect(page.locator("#buurt")).toHaveValue(CENTRUM.code);
    const lon = Number(await page.locator('input[name="lon"]').inputValue());
    const lat = Number(await page.locator('input[name="lat"]').inputValue());
    // Uden's centre, give or take the size of the buurt.
    expect(lon).toBeGreaterThan(5.58);
    expect(lon).toBeLessThan(5.66);
    expect(lat).toBeGreaterThan(51.63);
    expect(lat).toBeLessThan(51.68);
    // The demo's published vegetable garden lies in Centrum: shown before a duplicate is sent.
    await expect(page.locator(".buurtbeeld-location-nearby")).toContainText("Moestuin achter het buurthuis (demo)");

    // The corner of the frame lies outside every buurt.
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + 3, box.y + 3);
    await expect(page.locator(".buurtbeeld-location-map__status")).toHaveText(NL.pointOutside);
    await expect(page.locator('input[name="lon"]')).toHaveValue("");

    await page.mouse.click(x, y);
    await fillValidForm(page, "Waterspeelplaats in het centrum", { buurt: false });
    await page.waitForTimeout(FILL_TIME_MS);
    await page.getByRole("button", { name: NL.submit }).click();
    await expect(page).toHaveURL(/\/nl\/initiatieven\/status\?referentie=BB-/);
    await expect(page.getByRole("main")).toContainText(CENTRUM.name);
  });

  test("a body beyond the limit is refused before any work with a translated 413", async ({ request }) => {
    const response = await request.post("/nl/initiatieven/nieuw", { headers: { "content-type": "text/plain" }, data: "x".repeat(70_000), maxRedirects: 0 });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain(NL.tooLarge);
  });
});

test.describe("the status page", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "once");
  });

  test("an unknown or malformed reference says so, with the form to try again", async ({ page }) => {
    await page.goto(`/nl/initiatieven/status?referentie=${UNKNOWN_REFERENCE}`);
    await expect(page.getByRole("main")).toContainText(NL.notFound);
    await expect(page.getByLabel("Referentie", { exact: true })).toHaveValue(UNKNOWN_REFERENCE);
    await page.getByLabel("Referentie", { exact: true }).fill("hallo");
    await page.getByRole("button", { name: "Status bekijken" }).click();
    await expect(page).toHaveURL("/nl/initiatieven/status?referentie=hallo");
    await expect(page.getByRole("main")).toContainText(NL.malformed);
    const robots = await page.locator('meta[name="robots"]').getAttribute("content");
    expect(robots).toContain("noindex");
  });
});
