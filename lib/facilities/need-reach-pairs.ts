import type { FacilityTypeCode } from "./facility-types.ts";

/**
 * Needs and the facility that answers them, offered first on the need × reach page. Any
 * published indicator can be paired with any type; these are the questions the municipality
 * asked first (many 75-plussers and the huisarts far away, and so on).
 */
export const NEED_REACH_PAIRS: readonly { need: string; type: FacilityTypeCode }[] = [
  { need: "inwoners_75plus", type: "huisarts" },
  { need: "wmo_totaal", type: "buurthuis" },
  { need: "kinderen_0_17", type: "basisschool" },
  { need: "huishoudens_met_kinderen", type: "kinderopvang" },
  { need: "wmo_vervoer", type: "bushalte" },
  { need: "laag_inkomen", type: "supermarkt" },
];

/** A buurt is far from a facility when its mean distance is beyond this: a 1 km walk is a real barrier for many 75-plussers. */
export const FAR_METRES = 1000;
