import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ParseAreaOptions, parseAreaFile } from "@/lib/areas/import/parse-area-file.ts";
import { ImportError, type ImportProblem } from "@/lib/import/import-problem.ts";

const DATA = path.resolve("../shared/data");
const FILE = "buurten.geojson";
const OPTIONS: ParseAreaOptions = { gemeenteCode: "GM1991" };
const RD = "urn:ogc:def:crs:EPSG::28992";

type Pos = number[];
type Rings = Pos[][];

// --- small builders -------------------------------------------------------------------

/** A counter-clockwise square (x east, y north) with its lower-left corner at (x, y). */
function square(x: number, y: number, size: number): Rings {
  return [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ];
}
/** Around lon 5.6, lat 51.65 (Uden) in WGS84, and around RD x=170000, y=408000 (Uden). */
const wgsSquare = () => square(5.6, 51.65, 0.01);
const rdSquare = () => square(170000, 408000, 100);

function polygon(coordinates: unknown) {
  return { type: "Polygon", coordinates };
}

function feature(properties: Record<string, unknown> | null, geometry: unknown) {
  return { type: "Feature", properties, geometry };
}

function buurt(code: string, geometry: unknown = polygon(wgsSquare()), extra: Record<string, unknown> = {}) {
  return feature({ buurtcode: code, buurtnaam: `Buurt ${code.slice(-2)}`, jaar: 2022, ...extra }, geometry);
}

function collection(features: unknown[], crsName?: string): string {
  return JSON.stringify({
    type: "FeatureCollection",
    ...(crsName ? { crs: { type: "name", properties: { name: crsName } } } : {}),
    features,
  });
}

function problemsOf(run: () => unknown): ImportProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error("expected an ImportError, but the file was accepted");
}

/** Parses [good buurt, bad feature] and returns the problems, so "item" must be 2. */
function problemsOfSecond(bad: unknown, crsName?: string, options: ParseAreaOptions = OPTIONS): ImportProblem[] {
  const good = crsName === RD ? buurt("BU19910101", polygon(rdSquare())) : buurt("BU19910101");
  return problemsOf(() => parseAreaFile(collection([good, bad], crsName), FILE, options));
}

/** Shoelace area, positive for counter-clockwise rings in lon/lat (x east, y north). */
function shoelace(ring: Pos[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}

function polygonsOfGeometry(geometry: { type: string; coordinates: unknown }): Rings[] {
  return geometry.type === "Polygon" ? [geometry.coordinates as Rings] : (geometry.coordinates as Rings[]);
}

interface RawFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}
function readRaw(file: string): { features: RawFeature[] } {
  return JSON.parse(fs.readFileSync(path.join(DATA, file), "utf8"));
}
function readData(file: string): string {
  return fs.readFileSync(path.join(DATA, file), "utf8");
}

// --- the file as a whole --------------------------------------------------------------

describe("parseAreaFile: problems with the file as a whole", () => {
  it("refuses an empty file, naming the file", () => {
    expect(problemsOf(() => parseAreaFile("", FILE, OPTIONS))).toEqual([{ file: FILE, key: "emptyFile" }]);
    expect(problemsOf(() => parseAreaFile("  \n\t ", FILE, OPTIONS))).toEqual([{ file: FILE, key: "emptyFile" }]);
  });

  it("refuses text that is not JSON and passes the parser's reason on", () => {
    const problems = problemsOf(() => parseAreaFile("{ this is not json", FILE, OPTIONS));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, key: "notJson" });
    expect(problems[0]?.item).toBeUndefined();
    expect(String(problems[0]?.values?.detail ?? "")).not.toBe("");
  });

  it.each([
    ["a single Feature", JSON.stringify(buurt("BU19910101"))],
    ["a JSON array", JSON.stringify([buurt("BU19910101")])],
    ["a FeatureCollection without features", JSON.stringify({ type: "FeatureCollection" })],
    ["a bare geometry", JSON.stringify(polygon(wgsSquare()))],
  ])("refuses %s as not a FeatureCollection", (_label, content) => {
    expect(problemsOf(() => parseAreaFile(content, FILE, OPTIONS))).toEqual([{ file: FILE, key: "notFeatureCollection" }]);
  });

  it("refuses a FeatureCollection without features", () => {
    expect(problemsOf(() => parseAreaFile(collection([]), FILE, OPTIONS))).toEqual([{ file: FILE, key: "noFeatures" }]);
  });

  it("refuses a declared CRS it cannot read (Web Mercator) and names it", () => {
    const content = collection([buurt("BU19910101", polygon(square(623000, 6738000, 100)))], "EPSG:3857");
    const problems = problemsOf(() => parseAreaFile(content, FILE, OPTIONS));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, key: "unsupportedCrs" });
    expect(String(problems[0]?.values?.crs)).toContain("3857");
  });

  it("refuses a crs member without a name", () => {
    const content = JSON.stringify({
      type: "FeatureCollection",
      crs: { type: "link", properties: { href: "http://example.org/crs" } },
      features: [buurt("BU19910101")],
    });
    expect(problemsOf(() => parseAreaFile(content, FILE, OPTIONS))[0]).toMatchObject({ file: FILE, key: "unsupportedCrs" });
  });

  it("accepts the usual spellings of WGS84 and RD New", () => {
    for (const name of ["urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326"]) {
      expect(parseAreaFile(collection([buurt("BU19910101")], name), FILE, OPTIONS)).toHaveLength(1);
    }
    for (const name of [RD, "EPSG:28992", "http://www.opengis.net/def/crs/EPSG/0/28992"]) {
      expect(parseAreaFile(collection([buurt("BU19910101", polygon(rdSquare()))], name), FILE, OPTIONS)).toHaveLength(1);
    }
  });
});

// --- coordinate reference system ---------------------------------------------------------

describe("parseAreaFile: coordinates in the wrong system", () => {
  it("says RD coordinates in a file without crs member look like RD", () => {
    const problems = problemsOfSecond(buurt("BU19910102", polygon(rdSquare())));
    expect(problems).toEqual([
      {
        file: FILE,
        item: 2,
        code: "BU19910102",
        name: "Buurt 02",
        key: "coordinatesLookLikeRd",
        values: { crs: "EPSG:4326" },
      },
    ]);
  });

  it("says WGS84 coordinates in a file declared as RD look like WGS84", () => {
    const problems = problemsOfSecond(buurt("BU19910102", polygon(wgsSquare())), RD);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 2,
        code: "BU19910102",
        name: "Buurt 02",
        key: "coordinatesLookLikeWgs84",
        values: { crs: "EPSG:28992" },
      },
    ]);
  });

  it("recognises latitude and longitude in the wrong order", () => {
    const swapped = wgsSquare().map((ring) => ring.map(([lon, lat]) => [lat!, lon!]));
    const problems = problemsOfSecond(buurt("BU19910102", polygon(swapped)));
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, item: 2, code: "BU19910102", key: "coordinatesSwapped" }),
    ]);
  });

  it("says coordinates far from the Netherlands are outside it (WGS84 and RD)", () => {
    const newYork = square(-74.0, 40.7, 0.01);
    expect(problemsOfSecond(buurt("BU19910102", polygon(newYork)))).toEqual([
      expect.objectContaining({ item: 2, code: "BU19910102", key: "coordinatesOutsideNetherlands", values: { crs: "EPSG:4326" } }),
    ]);
    const farRd = square(900000, 100000, 100);
    expect(problemsOfSecond(buurt("BU19910102", polygon(farRd)), RD)).toEqual([
      expect.objectContaining({ item: 2, code: "BU19910102", key: "coordinatesOutsideNetherlands", values: { crs: "EPSG:28992" } }),
    ]);
  });

  it("checks every position, not only the first", () => {
    const ring = wgsSquare()[0]!;
    ring[2] = [170100, 408100]; // one RD vertex among WGS84 ones
    expect(problemsOfSecond(buurt("BU19910102", polygon([ring])))).toEqual([
      expect.objectContaining({ item: 2, key: "coordinatesLookLikeRd" }),
    ]);
  });
});

// --- broken outlines -------------------------------------------------------------------

describe("parseAreaFile: broken polygons", () => {
  it("refuses a ring that is not closed, naming the ring", () => {
    const open = wgsSquare()[0]!.slice(0, 4);
    expect(problemsOfSecond(buurt("BU19910102", polygon([open])))).toEqual([
      { file: FILE, item: 2, code: "BU19910102", name: "Buurt 02", key: "ringNotClosed", values: { ring: "1" } },
    ]);
  });

  it("refuses a ring with fewer than four positions and says how many it has", () => {
    const ring = [
      [5.6, 51.65],
      [5.61, 51.65],
      [5.6, 51.65],
    ];
    expect(problemsOfSecond(buurt("BU19910102", polygon([ring])))).toEqual([
      { file: FILE, item: 2, code: "BU19910102", name: "Buurt 02", key: "ringTooShort", values: { ring: "1", count: 3 } },
    ]);
  });

  it("refuses a polygon without rings or with an empty ring", () => {
    for (const coordinates of [[], [[]]]) {
      expect(problemsOfSecond(buurt("BU19910102", polygon(coordinates)))).toEqual([
        expect.objectContaining({ item: 2, code: "BU19910102", key: "ringTooShort", values: { ring: "1", count: 0 } }),
      ]);
    }
  });

  it("labels a bad hole as ring 2 and a bad ring of a MultiPolygon part as part.ring", () => {
    const shell = square(5.6, 51.65, 0.01)[0]!;
    const openHole = [
      [5.602, 51.652],
      [5.602, 51.654],
      [5.604, 51.654],
      [5.604, 51.652],
    ];
    expect(problemsOfSecond(buurt("BU19910102", polygon([shell, openHole])))).toEqual([
      expect.objectContaining({ item: 2, key: "ringNotClosed", values: { ring: "2" } }),
    ]);
    const multi = { type: "MultiPolygon", coordinates: [square(5.6, 51.65, 0.01), [square(5.62, 51.65, 0.01)[0]!.slice(0, 4)]] };
    expect(problemsOfSecond(buurt("BU19910102", multi))).toEqual([
      expect.objectContaining({ item: 2, key: "ringNotClosed", values: { ring: "2.1" } }),
    ]);
  });

  it("refuses a self-intersecting bow-tie and says where the edges cross", () => {
    // Edge (0,0)-(100,100) crosses edge (100,0)-(0,200) where y = x = 200 - 2x, i.e. at (66.67, 66.67).
    const [x, y] = [170000, 408000];
    const bowTie = [
      [x, y],
      [x + 100, y + 100],
      [x + 100, y],
      [x, y + 200],
      [x, y],
    ];
    const problems = problemsOfSecond(buurt("BU19910102", polygon([bowTie])), RD);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, item: 2, code: "BU19910102", key: "selfIntersection" });
    expect(problems[0]?.values?.x).toBeCloseTo(x + 200 / 3, 3);
    expect(problems[0]?.values?.y).toBeCloseTo(y + 200 / 3, 3);
  });

  it("reports a symmetric bow-tie as a self-intersection, not as a ring without area", () => {
    const [x, y] = [170000, 408000];
    const bowTie = [
      [x, y],
      [x + 100, y + 100],
      [x + 100, y],
      [x, y + 100],
      [x, y],
    ];
    const problems = problemsOfSecond(buurt("BU19910102", polygon([bowTie])), RD);
    expect(problems).toEqual([expect.objectContaining({ item: 2, key: "selfIntersection" })]);
  });

  it("accepts a ring with a repeated consecutive vertex", () => {
    const ring = rdSquare()[0]!;
    ring.splice(2, 0, [...ring[1]!]);
    const areas = parseAreaFile(collection([buurt("BU19910101", polygon([ring]))], RD), FILE, OPTIONS);
    expect(areas).toHaveLength(1);
  });

  it("refuses a ring without area (all positions on one line)", () => {
    const flat = [
      [170000, 408000],
      [170100, 408000],
      [170200, 408000],
      [170000, 408000],
    ];
    expect(problemsOfSecond(buurt("BU19910102", polygon([flat])), RD)).toEqual([
      { file: FILE, item: 2, code: "BU19910102", name: "Buurt 02", key: "ringWithoutArea", values: { ring: "1" } },
    ]);
  });

  it("refuses a hole that crosses its shell", () => {
    const shell = rdSquare()[0]!;
    const hole = square(170050, 408050, 100)[0]!.slice().reverse();
    expect(problemsOfSecond(buurt("BU19910102", polygon([shell, hole])), RD)).toEqual([
      expect.objectContaining({ item: 2, code: "BU19910102", key: "selfIntersection" }),
    ]);
  });

  it("refuses a hole outside its shell as an invalid polygon", () => {
    const shell = rdSquare()[0]!;
    const holeOutside = square(171000, 409000, 10)[0]!.slice().reverse();
    expect(problemsOfSecond(buurt("BU19910102", polygon([shell, holeOutside])), RD)).toEqual([
      expect.objectContaining({ file: FILE, item: 2, code: "BU19910102", key: "invalidPolygon" }),
    ]);
  });

  it("refuses coordinates that are not numbers", () => {
    const ring = [
      ["5.6", "51.65"],
      ["5.61", "51.65"],
      ["5.61", "51.66"],
      ["5.6", "51.65"],
    ];
    expect(problemsOfSecond(buurt("BU19910102", polygon([ring])))).toEqual([
      { file: FILE, item: 2, code: "BU19910102", name: "Buurt 02", key: "malformedCoordinates" },
    ]);
  });
});

// --- features ----------------------------------------------------------------------------

describe("parseAreaFile: problems with single features", () => {
  it.each([
    ["Point", { type: "Point", coordinates: [5.6, 51.65] }],
    [
      "LineString",
      {
        type: "LineString",
        coordinates: [
          [5.6, 51.65],
          [5.61, 51.66],
        ],
      },
    ],
  ])("refuses a %s geometry and names its type", (type, geometry) => {
    expect(problemsOfSecond(buurt("BU19910102", geometry))).toEqual([
      { file: FILE, item: 2, code: "BU19910102", name: "Buurt 02", key: "unsupportedGeometry", values: { type } },
    ]);
  });

  it("refuses a feature without geometry", () => {
    expect(problemsOfSecond(buurt("BU19910102", null))).toEqual([
      { file: FILE, item: 2, code: "BU19910102", name: "Buurt 02", key: "unsupportedGeometry", values: { type: "null" } },
    ]);
  });

  it("refuses something that is not a Feature", () => {
    expect(problemsOfSecond({ type: "Polygon", coordinates: wgsSquare() })).toEqual([{ file: FILE, item: 2, key: "notAFeature" }]);
    expect(problemsOfSecond(42)).toEqual([{ file: FILE, item: 2, key: "notAFeature" }]);
  });

  it("refuses a feature without a CBS code", () => {
    expect(problemsOfSecond(feature({ buurtnaam: "Zonder code", jaar: 2022 }, polygon(wgsSquare())))).toEqual([
      { file: FILE, item: 2, key: "missingCode" },
    ]);
    expect(problemsOfSecond(feature(null, polygon(wgsSquare())))).toEqual([{ file: FILE, item: 2, key: "missingCode" }]);
    expect(problemsOfSecond(buurt("   "))).toEqual([{ file: FILE, item: 2, key: "missingCode" }]);
  });

  it.each(["BU1991010", "1991", "XX19910101", "BU19910101A"])("refuses the malformed code %s and shows it", (code) => {
    expect(problemsOfSecond(buurt(code))).toEqual([expect.objectContaining({ file: FILE, item: 2, code, key: "malformedCode" })]);
  });

  it("refuses an area of another gemeente and names the configured one", () => {
    expect(problemsOfSecond(buurt("BU03630000"))).toEqual([
      {
        file: FILE,
        item: 2,
        code: "BU03630000",
        name: "Buurt 00",
        key: "foreignGemeente",
        values: { expected: "GM1991" },
      },
    ]);
  });

  it("refuses a buurt without a name", () => {
    expect(problemsOfSecond(feature({ buurtcode: "BU19910102", jaar: 2022 }, polygon(wgsSquare())))).toEqual([
      { file: FILE, item: 2, code: "BU19910102", key: "missingName" },
    ]);
    expect(problemsOfSecond(feature({ buurtcode: "BU19910102", buurtnaam: "  " }, polygon(wgsSquare())))).toEqual([
      { file: FILE, item: 2, code: "BU19910102", key: "missingName" },
    ]);
  });

  it("accepts a wijk without a name (it gets one later)", () => {
    const [wijk] = parseAreaFile(collection([feature({ wijkcode: "WK199101" }, polygon(wgsSquare()))]), FILE, OPTIONS);
    expect(wijk).toMatchObject({ code: "WK199101", level: "WIJK", name: undefined });
  });

  it.each([["twee duizend"], [1850], [2022.5], [3000], [""]])("refuses the year %j", (jaar) => {
    expect(problemsOfSecond(buurt("BU19910102", polygon(wgsSquare()), { jaar }))).toEqual([
      { file: FILE, item: 2, code: "BU19910102", name: "Buurt 02", key: "invalidYear" },
    ]);
  });

  it("refuses an impossible year in jrstatcode like it does in jaar", () => {
    const pdok = feature({ statcode: "BU19910102", statnaam: "Oud", jrstatcode: "1850BU19910102" }, polygon(wgsSquare()));
    expect(problemsOfSecond(pdok)).toEqual([expect.objectContaining({ item: 2, key: "invalidYear" })]);
  });

  it("reports every bad feature of a file, in order, not only the first", () => {
    const content = collection([
      buurt("BU19910101"),
      buurt("BU03630000"),
      buurt("BU19910103", { type: "Point", coordinates: [5.6, 51.65] }),
      buurt("BU19910104"),
      feature({ buurtnaam: "Zonder code" }, polygon(wgsSquare())),
    ]);
    const problems = problemsOf(() => parseAreaFile(content, FILE, OPTIONS));
    expect(problems.map((p) => [p.item, p.key])).toEqual([
      [2, "foreignGemeente"],
      [3, "unsupportedGeometry"],
      [5, "missingCode"],
    ]);
  });

  it("caps a long list of problems and says how many more there are", () => {
    const features = Array.from({ length: 30 }, (_, i) => buurt(`BU0363${String(i).padStart(4, "0")}`));
    const problems = problemsOf(() => parseAreaFile(collection(features), FILE, OPTIONS));
    const shown = problems.filter((p) => p.key === "foreignGemeente");
    expect(shown.map((p) => p.item)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(problems.at(-1)).toEqual({ key: "moreProblems", values: { count: 30 - 25 } });
    expect(problems).toHaveLength(26);
  });

  it("does not add a moreProblems entry when everything fits", () => {
    const features = Array.from({ length: 25 }, (_, i) => buurt(`BU0363${String(i).padStart(4, "0")}`));
    const problems = problemsOf(() => parseAreaFile(collection(features), FILE, OPTIONS));
    expect(problems).toHaveLength(25);
    expect(problems.some((p) => p.key === "moreProblems")).toBe(false);
  });
});

// --- good input ----------------------------------------------------------------------------

describe("parseAreaFile: real CBS buurten of Maashorst", () => {
  const rdRaw = readRaw("buurten_2022_maashorst_rd.geojson");
  const wgsRaw = readRaw("buurten_2022_maashorst_wgs84.geojson");
  const fromRd = parseAreaFile(readData("buurten_2022_maashorst_rd.geojson"), "buurten_rd.geojson", OPTIONS);
  const fromWgs = parseAreaFile(readData("buurten_2022_maashorst_wgs84.geojson"), "buurten_wgs84.geojson", OPTIONS);

  it("reads all 39 buurten from the RD file (legacy crs member) and from the WGS84 file", () => {
    expect(fromRd).toHaveLength(39);
    expect(fromWgs).toHaveLength(39);
    expect(new Set(fromRd.map((a) => a.level))).toEqual(new Set(["BUURT"]));
  });

  it("keeps code, name, wijk name, year and position as the file states them", () => {
    rdRaw.features.forEach((raw, index) => {
      const area = fromRd[index]!;
      expect(area).toMatchObject({
        code: raw.properties.buurtcode,
        name: raw.properties.buurtnaam,
        wijkName: raw.properties.wijknaam,
        gemeenteName: raw.properties.gemeentenaam,
        year: raw.properties.jaar,
        file: "buurten_rd.geojson",
        item: index + 1,
      });
    });
  });

  it("keeps the RD geometry of an RD file as it is", () => {
    rdRaw.features.forEach((raw, index) => {
      expect(fromRd[index]!.rd.coordinates).toEqual(raw.geometry.coordinates);
    });
  });

  it("converts RD to WGS84 within 1e-5 degree of the published WGS84 file", () => {
    let compared = 0;
    for (const raw of wgsRaw.features) {
      const converted = fromRd.find((area) => area.code === raw.properties.buurtcode);
      expect(converted, String(raw.properties.buurtcode)).toBeDefined();
      const expected = polygonsOfGeometry(raw.geometry);
      const actual = polygonsOfGeometry(converted!.wgs84);
      expect(actual.map((p) => p.map((r) => r.length))).toEqual(expected.map((p) => p.map((r) => r.length)));
      expected.forEach((rings, p) =>
        rings.forEach((ring, r) =>
          ring.forEach(([lon, lat], v) => {
            const [x, y] = actual[p]![r]![v]!;
            expect(Math.abs(x! - lon!)).toBeLessThan(1e-5);
            expect(Math.abs(y! - lat!)).toBeLessThan(1e-5);
            compared++;
          }),
        ),
      );
    }
    expect(compared).toBeGreaterThan(39 * 4);
  });

  it("puts the centre of BU19910101 Centrum in Uden (about 5.614, 51.658)", () => {
    const centrum = fromRd.find((area) => area.code === "BU19910101")!;
    const ring = polygonsOfGeometry(centrum.wgs84)[0]![0]!;
    const lon = ring.slice(1).reduce((s, p) => s + p[0]!, 0) / (ring.length - 1);
    const lat = ring.slice(1).reduce((s, p) => s + p[1]!, 0) / (ring.length - 1);
    expect(Math.abs(lon - 5.614)).toBeLessThan(0.01);
    expect(Math.abs(lat - 51.658)).toBeLessThan(0.01);
  });

  it("winds every output as RFC 7946: exterior rings counter-clockwise, holes clockwise", () => {
    let holes = 0;
    for (const area of [...fromRd, ...fromWgs]) {
      for (const rings of polygonsOfGeometry(area.wgs84)) {
        expect(shoelace(rings[0]!), area.code).toBeGreaterThan(0);
        for (const hole of rings.slice(1)) {
          expect(shoelace(hole), area.code).toBeLessThan(0);
          holes++;
        }
      }
    }
    expect(holes).toBeGreaterThan(0); // the real data has a buurt with a hole
  });
});

describe("parseAreaFile: other good input", () => {
  it("rewinds a clockwise exterior ring and a counter-clockwise hole", () => {
    const shell = square(5.6, 51.65, 0.01)[0]!.slice().reverse(); // clockwise
    const hole = square(5.602, 51.652, 0.002)[0]!; // counter-clockwise
    expect(shoelace(shell)).toBeLessThan(0);
    const [area] = parseAreaFile(collection([buurt("BU19910101", polygon([shell, hole]))]), FILE, OPTIONS);
    const [outer, inner] = polygonsOfGeometry(area!.wgs84)[0]!;
    expect(shoelace(outer!)).toBeGreaterThan(0);
    expect(shoelace(inner!)).toBeLessThan(0);
    // Same positions, only the direction changed.
    expect(new Set(outer!.map((p) => p.join()))).toEqual(new Set(shell.map((p) => p.join())));
  });

  it("rewinds clockwise RD rings too", () => {
    const shell = rdSquare()[0]!.slice().reverse();
    const [area] = parseAreaFile(collection([buurt("BU19910101", polygon([shell]))], RD), FILE, OPTIONS);
    expect(shoelace(polygonsOfGeometry(area!.wgs84)[0]![0]!)).toBeGreaterThan(0);
  });

  it("accepts PDOK-style properties (statcode, statnaam, jrstatcode) for all three levels", () => {
    const content = collection([
      feature({ statcode: "GM1991", statnaam: "Maashorst", jrstatcode: "2022GM1991" }, polygon(wgsSquare())),
      feature({ statcode: "WK199101", statnaam: "Uden", jrstatcode: "2022WK199101" }, polygon(wgsSquare())),
      feature({ statcode: "BU19910101", statnaam: "Centrum", jrstatcode: "2022BU19910101" }, polygon(wgsSquare())),
    ]);
    const areas = parseAreaFile(content, FILE, OPTIONS);
    expect(areas.map(({ code, level, name, year }) => ({ code, level, name, year }))).toEqual([
      { code: "GM1991", level: "GEMEENTE", name: "Maashorst", year: 2022 },
      { code: "WK199101", level: "WIJK", name: "Uden", year: 2022 },
      { code: "BU19910101", level: "BUURT", name: "Centrum", year: 2022 },
    ]);
  });

  it("normalises padded and lower-case codes", () => {
    const [area] = parseAreaFile(collection([buurt(" bu19910101  ")]), FILE, OPTIONS);
    expect(area?.code).toBe("BU19910101");
  });

  it("accepts the year as text", () => {
    const [area] = parseAreaFile(collection([buurt("BU19910101", polygon(wgsSquare()), { jaar: "2022" })]), FILE, OPTIONS);
    expect(area?.year).toBe(2022);
  });

  it("leaves the year undefined when the file does not state it", () => {
    const [area] = parseAreaFile(
      collection([feature({ buurtcode: "BU19910101", buurtnaam: "Centrum" }, polygon(wgsSquare()))]),
      FILE,
      OPTIONS,
    );
    expect(area?.year).toBeUndefined();
  });

  it("drops a third coordinate (height)", () => {
    const ring = wgsSquare()[0]!.map(([x, y]) => [x!, y!, 12.5]);
    const [area] = parseAreaFile(collection([buurt("BU19910101", polygon([ring]))]), FILE, OPTIONS);
    for (const position of polygonsOfGeometry(area!.wgs84)[0]![0]!) expect(position).toHaveLength(2);
  });

  it("accepts a MultiPolygon", () => {
    const multi = { type: "MultiPolygon", coordinates: [square(5.6, 51.65, 0.01), square(5.62, 51.65, 0.01)] };
    const [area] = parseAreaFile(collection([buurt("BU19910101", multi)]), FILE, OPTIONS);
    expect(area?.wgs84.type).toBe("MultiPolygon");
    expect(polygonsOfGeometry(area!.wgs84)).toHaveLength(2);
  });

  it("reads a file without crs member as RD when told so with --crs", () => {
    const content = collection([buurt("BU19910101", polygon(rdSquare()))]);
    expect(problemsOf(() => parseAreaFile(content, FILE, OPTIONS))[0]?.key).toBe("coordinatesLookLikeRd");
    const [area] = parseAreaFile(content, FILE, { ...OPTIONS, crs: "EPSG:28992" });
    const [lon, lat] = polygonsOfGeometry(area!.wgs84)[0]![0]![0]!;
    // RD 170000, 408000 is in Uden.
    expect(Math.abs(lon! - 5.6)).toBeLessThan(0.02);
    expect(Math.abs(lat! - 51.66)).toBeLessThan(0.02);
  });

  it("lets --crs override an unsupported or wrong declaration", () => {
    const unsupported = collection([buurt("BU19910101", polygon(wgsSquare()))], "EPSG:3857");
    expect(parseAreaFile(unsupported, FILE, { ...OPTIONS, crs: "EPSG:4326" })).toHaveLength(1);
    const wronglyDeclared = collection([buurt("BU19910101", polygon(rdSquare()))], "EPSG:4326");
    expect(parseAreaFile(wronglyDeclared, FILE, { ...OPTIONS, crs: "EPSG:28992" })).toHaveLength(1);
  });

  it("converts WGS84 input to RD New metres for dissolving", () => {
    const [area] = parseAreaFile(collection([buurt("BU19910101")]), FILE, OPTIONS);
    const [x, y] = polygonsOfGeometry(area!.rd)[0]![0]![0]!;
    // lon 5.6, lat 51.65 lies a few hundred metres from RD 170000, 408000 (Uden).
    expect(Math.abs(x! - 170000)).toBeLessThan(2000);
    expect(Math.abs(y! - 408000)).toBeLessThan(2000);
  });
});
