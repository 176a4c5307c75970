// The facilities whose reach the portal shows. The order is the order of every list,
// legend and table, so it runs from daily care to daily play rather than alphabetically.

export interface FacilityType {
  code: FacilityTypeCode;
  nameNl: string;
  nameEn: string;
  pluralNl: string;
  pluralEn: string;
  /**
   * One filled SVG path in a 0 0 24 24 viewBox, our own simple drawing, so the glyph
   * can be inlined in the map, the legend and a share card without an icon font.
   * Holes are drawn with opposite winding, so the default nonzero fill rule cuts them.
   */
  icon: string;
}

export const FACILITY_TYPE_CODES = [
  "huisarts",
  "apotheek",
  "supermarkt",
  "basisschool",
  "kinderopvang",
  "buurthuis",
  "sportaccommodatie",
  "bibliotheek",
  "bushalte",
  "speelplek",
] as const;

export type FacilityTypeCode = (typeof FACILITY_TYPE_CODES)[number];

const FACILITY_TYPES: Record<FacilityTypeCode, Omit<FacilityType, "code">> = {
  huisarts: {
    nameNl: "huisarts",
    nameEn: "general practitioner",
    pluralNl: "huisartsen",
    pluralEn: "general practitioners",
    // A plus-shaped medical cross.
    icon: "M9 3h6v6h6v6h-6v6H9v-6H3V9h6z",
  },
  apotheek: {
    nameNl: "apotheek",
    nameEn: "pharmacy",
    pluralNl: "apotheken",
    pluralEn: "pharmacies",
    // A capsule in two halves.
    icon: "M11 7v10H7A5 5 0 0 1 7 7zM13 7h4a5 5 0 0 1 0 10h-4z",
  },
  supermarkt: {
    nameNl: "supermarkt",
    nameEn: "supermarket",
    pluralNl: "supermarkten",
    pluralEn: "supermarkets",
    // A shopping cart: handle, basket, two wheels.
    icon: "M1 3h4l.8 3H22l-2.5 9H8.2l-.5 2H20v2H5l1.3-4.6L3.4 5H1zM8 20.5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0zM16 20.5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0z",
  },
  basisschool: {
    nameNl: "basisschool",
    nameEn: "primary school",
    pluralNl: "basisscholen",
    pluralEn: "primary schools",
    // A school building with a flag on the roof and a door.
    icon: "M11 1h5v3h-4v2.6l9 5.4V22h-7v-5h-4v5H3V12l8-4.8z",
  },
  kinderopvang: {
    nameNl: "kinderopvang",
    nameEn: "childcare",
    pluralNl: "kinderopvanglocaties",
    pluralEn: "childcare centres",
    // A small child with outstretched arms.
    icon: "M12 1.5a3 3 0 1 1 0 6a3 3 0 1 1 0-6zM4 9h16v2.5h-5V22h-2.5v-6h-1v6H9V11.5H4z",
  },
  buurthuis: {
    nameNl: "buurthuis of ontmoetingsplek",
    nameEn: "community centre",
    pluralNl: "buurthuizen en ontmoetingsplekken",
    pluralEn: "community centres",
    // Two people side by side.
    icon: "M7 3a3 3 0 1 1 0 6a3 3 0 1 1 0-6zM17.5 3a3 3 0 1 1 0 6a3 3 0 1 1 0-6zM2 21v-6a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v6zM13 21v-6a4 4 0 0 1 4-4h1a4 4 0 0 1 4 4v6z",
  },
  sportaccommodatie: {
    nameNl: "sportaccommodatie",
    nameEn: "sports facility",
    pluralNl: "sportaccommodaties",
    pluralEn: "sports facilities",
    // A dumbbell.
    icon: "M1 10h2V7h3v4h12V7h3v3h2v4h-2v3h-3v-4H6v4H3v-3H1z",
  },
  bibliotheek: {
    nameNl: "bibliotheek",
    nameEn: "library",
    pluralNl: "bibliotheken",
    pluralEn: "libraries",
    // An open book.
    icon: "M2 4h6a4 4 0 0 1 3.5 2v14A4 4 0 0 0 8 18H2zM22 4h-6a4 4 0 0 0-3.5 2v14a4 4 0 0 1 3.5-2h6z",
  },
  bushalte: {
    nameNl: "bushalte",
    nameEn: "bus stop",
    pluralNl: "bushaltes",
    pluralEn: "bus stops",
    // A bus seen from the front: body and wheels, with windscreen and lights cut out.
    icon: "M5 2h14a2 2 0 0 1 2 2v14h-2v3h-3v-3H8v3H5v-3H3V4a2 2 0 0 1 2-2zM6 5v6h12V5zM6 14v2h3v-2zM15 14v2h3v-2z",
  },
  speelplek: {
    nameNl: "speelplek",
    nameEn: "playground",
    pluralNl: "speelplekken",
    pluralEn: "playgrounds",
    // A swing: frame, two ropes and a seat.
    icon: "M2 3h20v2H2zM3 5h2L3 21H1zM19 5h2l2 16h-2zM9 5h1v10H9zM14 5h1v10h-1zM8 15h8v2H8z",
  },
};

export function isFacilityTypeCode(value: unknown): value is FacilityTypeCode {
  return typeof value === "string" && (FACILITY_TYPE_CODES as readonly string[]).includes(value);
}

export function facilityType(code: FacilityTypeCode): FacilityType {
  return { code, ...FACILITY_TYPES[code] };
}

/** Every type in catalogue order. */
export function facilityTypes(): FacilityType[] {
  return FACILITY_TYPE_CODES.map(facilityType);
}
