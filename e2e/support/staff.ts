import { expect, type Page } from "@playwright/test";

// The staff accounts and submissions the e2e servers are seeded with (start-e2e-server.ts
// through seed-staff.ts). Passwords are for these throwaway databases only.

export const E2E_STAFF = {
  admin: { email: "beheerder@e2e.buurtbeeld.test", name: "Anna Beheerder", password: "e2e-beheerder-wachtwoord", role: "ADMIN" },
  moderator: { email: "moderator@e2e.buurtbeeld.test", name: "Mo Moderator", password: "e2e-moderator-wachtwoord", role: "MODERATOR" },
  /** Only for the throttling test: it ends up locked for a quarter of an hour. */
  throttled: { email: "geblokkeerd@e2e.buurtbeeld.test", name: "Geblokkeerd", password: "e2e-geblokkeerd-wachtwoord", role: "MODERATOR" },
} as const;

export type E2EStaffMember = (typeof E2E_STAFF)[keyof typeof E2E_STAFF];

/** New submissions waiting in the queue, in Centrum (Uden); each test uses its own. */
export const E2E_SUBMISSIONS = {
  approve: { title: "E2E: bankje bij het Kastanjeplein", email: "indiener-bankje@e2e.buurtbeeld.test" },
  reject: { title: "E2E: reclamezuil voor mijn winkel", email: "indiener-zuil@e2e.buurtbeeld.test" },
  matrix: { title: "E2E: moestuin achter de bibliotheek", email: "indiener-moestuin@e2e.buurtbeeld.test" },
  data: { title: "E2E: jeu-de-boulesbaan", email: "indiener-boules@e2e.buurtbeeld.test" },
} as const;

export const E2E_BUURT = "BU19910101";

/** A submission the municipality asked to change, followed by its submitter through this reference. */
export const E2E_CHANGE_REQUESTED = {
  reference: "BB-E2ER-EV7S",
  title: "E2E: bankje bij de school",
  description: "Een bankje bij de school voor wachtende ouders.",
  reason: "Noem de straat waar het bankje moet komen.",
  email: "indiener-aanpassing@e2e.buurtbeeld.test",
} as const;

export async function logIn(page: Page, member: E2EStaffMember): Promise<void> {
  await page.goto("/nl/beheer/inloggen");
  const form = page.getByRole("form", { name: "Inloggen voor medewerkers" });
  await form.getByLabel("E-mailadres").fill(member.email);
  await form.getByLabel("Wachtwoord").fill(member.password);
  await form.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(/\/nl\/beheer$/);
}

/** A staff form once its script runs, so a submit is a Server Action call (fetch with Next-Action). */
export async function hydratedForm(page: Page, name: string) {
  const form = page.getByRole("form", { name });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  return form;
}

/** The staff page of a queued initiative, found by its title in the queue. */
export async function initiativeHref(page: Page, title: string): Promise<string> {
  await page.goto("/nl/beheer");
  const href = await page.getByRole("link", { name: title, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/nl\/beheer\/initiatieven\/\d+$/);
  return href!;
}
