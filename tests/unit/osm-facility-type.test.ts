import { describe, expect, it } from "vitest";
import { osmFacilityType } from "@/lib/facilities/import/osm-facility-type.ts";

describe("osmFacilityType", () => {
  it.each([
    [{ amenity: "doctors" }, "huisarts"],
    [{ healthcare: "doctor" }, "huisarts"],
    [{ amenity: "pharmacy" }, "apotheek"],
    [{ healthcare: "pharmacy" }, "apotheek"],
    [{ shop: "supermarket", name: "Albert Heijn" }, "supermarkt"],
    [{ amenity: "school", "isced:level": "1" }, "basisschool"],
    [{ amenity: "school", "isced:level": "0;1" }, "basisschool"],
    [{ amenity: "school", "isced:level": "0-2" }, "basisschool"],
    [{ amenity: "school", "school:type": "primary" }, "basisschool"],
    [{ amenity: "school", school: "primary" }, "basisschool"],
    [{ amenity: "school", name: "Basisschool De Bolderik" }, "basisschool"],
    [{ amenity: "school", name: "Openbare basisschool Het Palet" }, "basisschool"],
    [{ amenity: "kindergarten" }, "kinderopvang"],
    [{ amenity: "childcare" }, "kinderopvang"],
    [{ amenity: "community_centre", name: "De Schakel" }, "buurthuis"],
    [{ amenity: "social_facility", "social_facility:for": "senior", social_facility: "outreach" }, "buurthuis"],
    [{ leisure: "sports_centre" }, "sportaccommodatie"],
    [{ leisure: "sports_hall" }, "sportaccommodatie"],
    [{ leisure: "stadium" }, "sportaccommodatie"],
    [{ leisure: "swimming_pool", access: "yes" }, "sportaccommodatie"],
    [{ amenity: "library" }, "bibliotheek"],
    [{ highway: "bus_stop" }, "bushalte"],
    [{ public_transport: "platform", bus: "yes" }, "bushalte"],
    [{ leisure: "playground" }, "speelplek"],
    // Several values and odd case still match.
    [{ amenity: "Pharmacy; post_office" }, "apotheek"],
    // The first rule in catalogue order wins.
    [{ amenity: "doctors", healthcare: "pharmacy" }, "huisarts"],
  ])("maps %j to %s", (tags, expected) => {
    expect(osmFacilityType(tags as Record<string, string>)).toBe(expected);
  });

  it.each([
    [{}],
    [{ name: "Iets" }],
    // A school without evidence of primary education may be secondary or vocational.
    [{ amenity: "school" }],
    [{ amenity: "school", name: "Udens College" }],
    [{ amenity: "school", "isced:level": "2;3" }],
    [{ amenity: "school", "isced:level": "2-3" }],
    [{ amenity: "school", "isced:level": "10" }],
    [{ amenity: "dentist" }],
    [{ shop: "convenience" }],
    [{ amenity: "social_facility", "social_facility:for": "senior", social_facility: "nursing_home" }],
    [{ amenity: "social_facility", "social_facility:for": "homeless" }],
    [{ leisure: "swimming_pool", access: "private" }],
    [{ leisure: "pitch" }],
    [{ public_transport: "platform", train: "yes" }],
    [{ public_transport: "stop_position", bus: "yes" }],
    [{ amenity: "townhall" }],
  ])("maps %j to null", (tags) => {
    expect(osmFacilityType(tags as Record<string, string>)).toBeNull();
  });
});
