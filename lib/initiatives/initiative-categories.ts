// What an initiative is about. The order is the order of every picker and filter: from
// people to places to the rest. Codes are part of URLs and the API; names are translated.

export const INITIATIVE_CATEGORY_CODES = [
  "ontmoeting",
  "zorg-welzijn",
  "jeugd",
  "spelen-sport",
  "groen",
  "duurzaamheid",
  "verkeer-veiligheid",
  "wonen",
  "ondernemen",
  "cultuur",
  "anders",
] as const;

export type InitiativeCategoryCode = (typeof INITIATIVE_CATEGORY_CODES)[number];

const NAMES: Record<InitiativeCategoryCode, { nl: string; en: string }> = {
  ontmoeting: { nl: "Ontmoeting", en: "Meeting people" },
  "zorg-welzijn": { nl: "Zorg en welzijn", en: "Care and wellbeing" },
  jeugd: { nl: "Jeugd", en: "Young people" },
  "spelen-sport": { nl: "Spelen en sport", en: "Play and sport" },
  groen: { nl: "Groen en natuur", en: "Greenery and nature" },
  duurzaamheid: { nl: "Duurzaamheid en energie", en: "Sustainability and energy" },
  "verkeer-veiligheid": { nl: "Verkeer en veiligheid", en: "Traffic and safety" },
  wonen: { nl: "Wonen", en: "Housing" },
  ondernemen: { nl: "Ondernemen en werk", en: "Business and work" },
  cultuur: { nl: "Cultuur", en: "Culture" },
  anders: { nl: "Iets anders", en: "Something else" },
};

export function isInitiativeCategory(value: unknown): value is InitiativeCategoryCode {
  return typeof value === "string" && (INITIATIVE_CATEGORY_CODES as readonly string[]).includes(value);
}

export function initiativeCategoryName(code: InitiativeCategoryCode, locale: "nl" | "en"): string {
  return NAMES[code][locale];
}

export function initiativeCategoryNames(code: InitiativeCategoryCode): { nl: string; en: string } {
  return NAMES[code];
}
