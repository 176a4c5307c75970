import { describe, expect, it } from "vitest";
import { type ParsedFacilityFile, parseFacilityFile } from "@/lib/facilities/import/parse-facility-file.ts";
import { rdToWgs84 } from "@/lib/geo/rd-new.ts";
import { ImportError, type ImportProblem } from "@/lib/import/import-problem.ts";

const FILE = "voorzieningen";
const RD = "urn:ogc:def:crs:EPSG::28992";

// --- small builders -----------------------------------------------------------------------

/** In Uden: WGS84 around lon 5.617, lat 51.66 and RD around x 170000, y 408000. */
const UDEN_WGS: [number, number] = [5.617, 51.66];
const UDEN_RD: [number, number] = [170000, 408000];

function point(coordinates: unknown) {
  return { type: "Point", coordinates };
}
function feature(properties: Record<string, unknown> | null, geometry: unknown, id?: string) {
  return { type: "Feature", ...(id ? { id } : {}), properties, geometry };
}
function collection(features: unknown[], crsName?: string): string {
  return JSON.stringify({
    type: "FeatureCollection",
    ...(crsName ? { crs: { type: "name", properties: { name: crsName } } } : {}),
    features,
  });
}
const good = (name = "Huisartsenpraktijk Centrum") => feature({ type: "huisarts", naam: name }, point(UDEN_WGS));

function problemsOf(run: () => unknown): ImportProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error("expected an ImportError, but the file was accepted");
}
const parse = (content: string, options?: Parameters<typeof parseFacilityFile>[2]): ParsedFacilityFile =>
  parseFacilityFile(content, FILE, options);
const problems = (content: string, options?: Parameters<typeof parseFacilityFile>[2]) =>
  problemsOf(() => parseFacilityFile(content, FILE, options));

// --- GeoJSON ------------------------------------------------------------------------------

describe("parseFacilityFile: GeoJSON", () => {
  it("reads our own properties in WGS84 and adds RD New", () => {
    const { facilities, notices } = parse(
      collection([
        feature({ type: "Huisarts", naam: "Huisartsenpraktijk Centrum" }, point([5.6170004, 51.6600004])),
        feature({ soort: "speelplek" }, point([5.62, 51.661])),
      ]),
    );
    expect(notices).toEqual([]);
    expect(facilities).toHaveLength(2);
    expect(facilities[0]).toMatchObject({ type: "huisarts", name: "Huisartsenpraktijk Centrum", lon: 5.617, lat: 51.66, sourceRef: null });
    expect(facilities[1]).toMatchObject({ type: "speelplek", name: null });
    // RD New to 0.1 m.
    for (const { x, y } of facilities) {
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Math.round(y * 10) / 10).toBe(y);
      expect(x).toBeGreaterThan(165000);
      expect(x).toBeLessThan(175000);
      expect(y).toBeGreaterThan(403000);
      expect(y).toBeLessThan(413000);
    }
  });

  it("converts RD New to WGS84, detected from the coordinates", () => {
    const { facilities } = parse(collection([feature({ type: "bibliotheek" }, point([155000, 463000]))]));
    const [lon, lat] = rdToWgs84([155000, 463000]);
    expect(facilities[0]).toMatchObject({ x: 155000, y: 463000, lon, lat });
    expect(facilities[0]!.lon).toBeCloseTo(5.387206, 4);
    expect(facilities[0]!.lat).toBeCloseTo(52.155172, 5);
  });

  it("follows a declared CRS and options.crs", () => {
    const declared = parse(collection([feature({ type: "apotheek" }, point(UDEN_RD))], RD));
    expect(declared.facilities[0]).toMatchObject({ x: 170000, y: 408000 });
    const forced = parse(collection([feature({ type: "apotheek" }, point(UDEN_RD))]), { crs: "EPSG:28992" });
    expect(forced.facilities[0]).toMatchObject({ x: 170000, y: 408000 });
  });

  it("reads Overpass Turbo's flat OSM tags with @id, and skips what maps to no type in one notice", () => {
    const { facilities, notices } = parse(
      collection([
        feature({ "@id": "node/1", amenity: "pharmacy", name: "Apotheek Uden" }, point(UDEN_WGS), "node/1"),
        feature({ "@id": "node/2", amenity: "bench" }, point(UDEN_WGS), "node/2"),
        feature({ "@id": "node/3", amenity: "school" }, point(UDEN_WGS), "node/3"),
        // A relation's own "type" tag is not our type.
        feature({ "@id": "relation/4", type: "multipolygon", leisure: "sports_centre", name: "Sportcentrum" }, point(UDEN_WGS)),
      ]),
    );
    expect(facilities.map(({ type, name, sourceRef }) => ({ type, name, sourceRef }))).toEqual([
      { type: "apotheek", name: "Apotheek Uden", sourceRef: "node/1" },
      { type: "sportaccommodatie", name: "Sportcentrum", sourceRef: "relation/4" },
    ]);
    expect(notices).toEqual([{ file: FILE, key: "facilitiesUnmappedSkipped", values: { count: 2 } }]);
  });

  it("reads nested tags (osmtogeojson) and the feature id", () => {
    const { facilities } = parse(
      collection([feature({ tags: { shop: "supermarket", name: "Jumbo" }, id: "way/9" }, point(UDEN_WGS), "way/9")]),
    );
    expect(facilities[0]).toMatchObject({ type: "supermarkt", name: "Jumbo", sourceRef: "way/9" });
  });

  it("places a building outline at the mean of its outer ring's vertices", () => {
    const ring = [[5.61, 51.66], [5.62, 51.66], [5.62, 51.67], [5.61, 51.67], [5.61, 51.66]];
    const hole = [[5.611, 51.661], [5.612, 51.661], [5.612, 51.662], [5.611, 51.661]];
    const { facilities } = parse(
      collection([
        feature({ "@id": "way/7", amenity: "school", "isced:level": "1" }, { type: "Polygon", coordinates: [ring, hole] }),
        feature({ type: "buurthuis" }, { type: "MultiPolygon", coordinates: [[ring]] }),
      ]),
    );
    for (const facility of facilities) expect(facility).toMatchObject({ lon: 5.615, lat: 51.665 });
    expect(facilities[0]!.type).toBe("basisschool");
  });

  it("keeps duplicate points once and says how many", () => {
    const { facilities, notices } = parse(
      collection([
        good(),
        feature({ type: "huisarts", naam: "Huisartsenpraktijk Centrum" }, point([5.617005, 51.660003])), // ~0.5 m away
        good("Andere praktijk"), // same place, other name: kept
        feature({ type: "apotheek", naam: "Huisartsenpraktijk Centrum" }, point(UDEN_WGS)), // other type: kept
        feature({ type: "huisarts", naam: "Huisartsenpraktijk Centrum" }, point([5.6171, 51.66])), // ~7 m away: kept
      ]),
    );
    expect(facilities).toHaveLength(4);
    expect(notices).toEqual([{ file: FILE, key: "facilitiesDuplicatesSkipped", values: { count: 1 } }]);
  });

  it("names an unknown explicit type with the known ones", () => {
    const found = problems(collection([good(), feature({ type: "tandarts", naam: "Tandarts Zeeland" }, point(UDEN_WGS))]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: FILE, item: 2, name: "Tandarts Zeeland", key: "unknownFacilityType" });
    expect(found[0]!.values?.value).toBe("tandarts");
    expect(String(found[0]!.values?.types)).toContain("huisarts, apotheek");
  });

  it("refuses a feature of our own without a type", () => {
    expect(problems(collection([good(), feature({ naam: "Iets" }, point(UDEN_WGS))]))).toEqual([
      { file: FILE, item: 2, name: "Iets", key: "facilityTypeMissing" },
    ]);
  });

  it.each([
    ["no geometry", null, "facilityWithoutPosition"],
    ["a string for a coordinate", point(["5.6", 51.66]), "facilityCoordinatesMalformed"],
    ["a single number", point([5.6]), "facilityCoordinatesMalformed"],
    ["an empty polygon", { type: "Polygon", coordinates: [] }, "facilityCoordinatesMalformed"],
    ["a geometry collection", { type: "GeometryCollection", geometries: [] }, "facilityGeometryUnsupported"],
  ])("refuses %s, naming the feature", (_label, geometry, key) => {
    const found = problems(collection([good(), feature({ type: "bushalte" }, geometry)]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: FILE, item: 2, key });
  });

  it("refuses something that is not a feature", () => {
    expect(problems(collection([good(), { type: "Point", coordinates: UDEN_WGS }]))).toEqual([
      { file: FILE, item: 2, key: "notAFeature" },
    ]);
  });

  it("refuses coordinates outside the Netherlands in either system", () => {
    const found = problems(collection([good(), feature({ type: "bushalte", naam: "Halte" }, point([13.4, 52.5]))]));
    expect(found).toEqual([{ file: FILE, item: 2, name: "Halte", key: "facilityCoordinatesOutsideNetherlands" }]);
    const infinite = problems(collection([good(), feature({ type: "bushalte" }, point([1e400, 51]))]));
    expect(infinite[0]).toMatchObject({ item: 2, key: "facilityCoordinatesMalformed" });
  });

  it("refuses a file that mixes WGS84 and RD New", () => {
    expect(problems(collection([good(), feature({ type: "bushalte" }, point(UDEN_RD))]))).toEqual([
      { file: FILE, key: "facilityCrsMixed" },
    ]);
  });

  it("checks positions against a declared CRS, item by item", () => {
    const found = problems(collection([feature({ type: "bushalte" }, point(UDEN_RD)), good()], RD));
    expect(found).toEqual([{ file: FILE, item: 2, name: "Huisartsenpraktijk Centrum", key: "coordinatesLookLikeWgs84", values: { crs: "EPSG:28992" } }]);
  });

  it("refuses a CRS it cannot read", () => {
    expect(problems(collection([good()], "urn:ogc:def:crs:EPSG::3857"))[0]).toMatchObject({ key: "unsupportedCrs" });
  });

  it("reports every bad feature at once and returns nothing", () => {
    const found = problems(
      collection([good(), feature({ type: "x" }, point(UDEN_WGS)), good(), feature({ type: "huisarts" }, null)]),
    );
    expect(found.map(({ item, key }) => [item, key])).toEqual([
      [2, "unknownFacilityType"],
      [4, "facilityWithoutPosition"],
    ]);
  });

  it("refuses a collection without any facility of a known type", () => {
    expect(problems(collection([]))).toEqual([{ file: FILE, key: "noFacilities" }]);
    expect(problems(collection([feature({ "@id": "node/1", amenity: "bench" }, point(UDEN_WGS))]))).toEqual([
      { file: FILE, key: "noFacilities" },
    ]);
  });
});

// --- Overpass JSON ---------------------------------------------------------------------------

describe("parseFacilityFile: Overpass JSON", () => {
  const overpass = (elements: unknown[]) => JSON.stringify({ version: 0.6, generator: "Overpass API", elements });

  it("reads nodes, ways with a center and ways with geometry", () => {
    const { facilities, notices } = parse(
      overpass([
        { type: "node", id: 1, lat: 51.66, lon: 5.617, tags: { amenity: "doctors", name: "Dokter" } },
        { type: "way", id: 2, center: { lat: 51.661, lon: 5.618 }, tags: { amenity: "library" } },
        {
          type: "way",
          id: 3,
          geometry: [{ lat: 51.66, lon: 5.61 }, { lat: 51.66, lon: 5.62 }, { lat: 51.67, lon: 5.62 }, { lat: 51.67, lon: 5.61 }, { lat: 51.66, lon: 5.61 }],
          tags: { leisure: "playground" },
        },
        { type: "node", id: 4, lat: 51.66, lon: 5.6, tags: { amenity: "bench" } },
        // An untagged vertex of a way ("out skel"): neither a facility nor a skipped one.
        { type: "node", id: 5, lat: 51.66, lon: 5.6 },
      ]),
    );
    expect(facilities).toEqual([
      expect.objectContaining({ type: "huisarts", name: "Dokter", lon: 5.617, lat: 51.66, sourceRef: "node/1" }),
      expect.objectContaining({ type: "bibliotheek", name: null, lon: 5.618, lat: 51.661, sourceRef: "way/2" }),
      expect.objectContaining({ type: "speelplek", lon: 5.615, lat: 51.665, sourceRef: "way/3" }),
    ]);
    expect(notices).toEqual([{ file: FILE, key: "facilitiesUnmappedSkipped", values: { count: 1 } }]);
  });

  it("refuses a facility without coordinates, naming the element", () => {
    const found = problems(
      overpass([
        { type: "node", id: 1, lat: 51.66, lon: 5.617, tags: { amenity: "doctors" } },
        { type: "relation", id: 8, tags: { amenity: "school", "isced:level": "1", name: "De Kameleon" } },
      ]),
    );
    expect(found).toEqual([{ file: FILE, item: 2, code: "relation/8", name: "De Kameleon", key: "facilityWithoutPosition" }]);
  });

  it("refuses malformed elements and coordinates outside the Netherlands", () => {
    const found = problems(
      overpass([
        { type: "node", id: 1, lat: 51.66, lon: 5.617, tags: { amenity: "doctors" } },
        { id: 2, tags: { amenity: "doctors" } },
        { type: "node", id: 3, lat: "51.6", lon: 5.6, tags: { amenity: "doctors" } },
        { type: "node", id: 4, lat: 5.617, lon: 51.66, tags: { amenity: "doctors" } },
      ]),
    );
    expect(found.map(({ item, key }) => [item, key])).toEqual([
      [2, "facilityElementMalformed"],
      [3, "facilityCoordinatesMalformed"],
      [4, "coordinatesSwapped"],
    ]);
  });
});

// --- CSV ---------------------------------------------------------------------------------------

describe("parseFacilityFile: CSV", () => {
  it("reads comma-separated lon/lat with a byte-order mark", () => {
    const { facilities } = parse("\uFEFFtype,name,lon,lat\nhuisarts,Praktijk Noord,5.617,51.66\nSupermarkt,,5.62,51.661\n");
    expect(facilities).toEqual([
      expect.objectContaining({ type: "huisarts", name: "Praktijk Noord", lon: 5.617, lat: 51.66, sourceRef: "row 2" }),
      expect.objectContaining({ type: "supermarkt", name: null, sourceRef: "row 3" }),
    ]);
  });

  it("reads semicolon-separated Dutch columns with decimal commas", () => {
    const { facilities } = parse("soort;naam;longitude;latitude\r\nbasisschool;De Kameleon;5,617;51,66\r\n");
    expect(facilities[0]).toMatchObject({ type: "basisschool", name: "De Kameleon", lon: 5.617, lat: 51.66 });
  });

  it("reads RD New x/y and converts to WGS84", () => {
    const { facilities } = parse("type;x;y\nbushalte;155000;463000\n");
    expect(facilities[0]).toMatchObject({ x: 155000, y: 463000, lon: rdToWgs84([155000, 463000])[0], lat: rdToWgs84([155000, 463000])[1] });
    expect(facilities[0]!.lon).toBeCloseTo(5.387206, 4);
  });

  it("refuses missing columns", () => {
    expect(problems("naam,lon,lat\nA,5.6,51.6\n")).toEqual([{ file: FILE, key: "missingColumns", values: { columns: "type" } }]);
    expect(problems("type,naam\nhuisarts,A\n")).toEqual([{ file: FILE, key: "facilityPositionColumnsMissing" }]);
  });

  it("reports each bad row by its line", () => {
    const found = problems(
      [
        "type,naam,lon,lat",
        "huisarts,Goed,5.617,51.66",
        "tandarts,Tand,5.617,51.66",
        ",Leeg,5.617,51.66",
        "apotheek,Zonder plaats,,51.66",
        "apotheek,Tekst,abc,51.66",
        "apotheek,Buitenland,13.4,52.5",
        "apotheek,Oneindig,Infinity,51.66",
      ].join("\n"),
    );
    expect(found.map(({ item, key, name }) => [item, key, name])).toEqual([
      [3, "unknownFacilityType", "Tand"],
      [4, "facilityTypeMissing", "Leeg"],
      [5, "facilityWithoutPosition", "Zonder plaats"],
      [6, "facilityCoordinateNotANumber", "Tekst"],
      [8, "facilityCoordinateNotANumber", "Oneindig"],
      [7, "coordinatesOutsideNetherlands", "Buitenland"],
    ]);
    expect(found.find(({ item }) => item === 6)?.values).toEqual({ column: "lon", value: "abc" });
  });

  it("refuses a header without rows", () => {
    expect(problems("type,lon,lat\n")).toEqual([{ file: FILE, key: "noFacilities" }]);
  });
});

// --- the file as a whole ------------------------------------------------------------------------

describe("parseFacilityFile: the file as a whole", () => {
  it("refuses an empty file", () => {
    expect(problems("")).toEqual([{ file: FILE, key: "emptyFile" }]);
    expect(problems("\uFEFF \n ")).toEqual([{ file: FILE, key: "emptyFile" }]);
  });

  it("refuses broken JSON with the parser's reason", () => {
    const [problem] = problems("{ nope");
    expect(problem).toMatchObject({ file: FILE, key: "notJson" });
  });

  it.each([
    ["JSON that is neither GeoJSON nor Overpass", JSON.stringify({ type: "Feature" })],
    ["a JSON array", "[1, 2]"],
    ["OSM XML", '<?xml version="1.0"?><osm></osm>'],
  ])("refuses %s", (_label, content) => {
    expect(problems(content)).toEqual([{ file: FILE, key: "facilityFormatUnknown" }]);
  });
});
