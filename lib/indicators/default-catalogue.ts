/** The catalogue shipped with Buurtbeeld; a municipality edits it or imports its own. */
export const DEFAULT_CATALOGUE = "prisma/seed/indicator-catalogue.json";
