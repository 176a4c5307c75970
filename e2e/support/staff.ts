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
