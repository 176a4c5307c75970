// The status changes start-e2e-server writes before the browser tests, one mail each: the
// test reads them from the e2e server's SMTP mailbox. Both initiatives stay unpublished
// (sent back for a change), so no public page may ever show them or their addresses.

export const MAIL_TEST_INITIATIVES = [
  { key: "page", title: "E2E: verlichting langs het fietspad", email: "e2e-mail-pagina@example.invalid" },
  { key: "one-click", title: "E2E: bloembakken op het plein", email: "e2e-mail-een-klik@example.invalid" },
] as const;

export const MAIL_TEST_REASON = "Kunt u een foto van de plek toevoegen?";
export const MAIL_FROM = "Buurtbeeld Maashorst <noreply@buurtbeeld.test>";
