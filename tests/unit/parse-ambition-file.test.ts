import { describe, expect, it } from "vitest";
import { ImportError, type ImportProblem } from "@/lib/import/import-problem.ts";
import { parseAmbitionFile } from "@/lib/omgevingsvisie/import/parse-ambition-file.ts";
import { visieTheme, visieThemeOf } from "@/lib/omgevingsvisie/visie-themes.ts";

const FILE = "visie.geojson";
const RD = "urn:ogc:def:crs:EPSG::28992";
type Pos = number[];

function rect(x: number, y: number, width: number, height: number): Pos[][] {
  return [
    [
      [x, y],
      [x + width, y],
      [x + width, y + height],
      [x, y + height],
      [x, y],
    ],
  ];
}
const polygon = (coordinates: unknown) => ({ type: "Polygon", coordinates });
const rdPolygon = (x = 170000, y = 408000) => polygon(rect(x, y, 500, 500));

const PROPS = {
  id: "groene-kern-uden",
  thema: "bodem-natuur-water",
  titel_nl: "Groen in Uden",
  titel_en: "Greenery in Uden",
  tekst_nl: "Voorbeeldtekst: meer bomen.",
  tekst_en: "Example text: more trees.",
  status: "ontwerp",
};

function feature(properties: Record<string, unknown> | null, geometry: unknown = rdPolygon()) {
  return { type: "Feature", properties, geometry };
}

function collection(features: unknown[], crsName: string | null = RD): string {
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

const keysOf = (problems: ImportProblem[]) => problems.map((problem) => problem.key);

describe("visie themes", () => {
  it("accepts codes and Dutch names in any case", () => {
    expect(visieThemeOf("Recreatie")).toBe("recreatie");
    expect(visieThemeOf(" BODEM, NATUUR EN WATER ")).toBe("bodem-natuur-water");
    expect(visieThemeOf("Mobiliteit en  verstedelijking")).toBe("mobiliteit-verstedelijking");
    expect(visieThemeOf("LANDBOUWTRANSITIE")).toBe("landbouwtransitie");
    expect(visieThemeOf("Recreation")).toBeUndefined();
    expect(visieTheme("landbouwtransitie").nameEn).toBe("Agricultural transition");
  });
});

describe("parseAmbitionFile", () => {
  it("reads an ambition in RD New with every field", () => {
    const url = "https://omgevingswet.gemeentemaashorst.nl/omgevingsvisie/";
    const [ambition, ...rest] = parseAmbitionFile(
      collection([feature({ ...PROPS, thema: "Bodem, natuur en water", document_url: url, demo: true })]),
      FILE,
    );
    expect(rest).toEqual([]);
    expect(ambition).toMatchObject({
      id: "groene-kern-uden",
      theme: "bodem-natuur-water",
      titleNl: "Groen in Uden",
      titleEn: "Greenery in Uden",
      textNl: "Voorbeeldtekst: meer bomen.",
      textEn: "Example text: more trees.",
      status: "ontwerp",
      documentUrl: url,
      isDemo: true,
      position: 0,
    });
    expect(ambition!.rd).toEqual(rdPolygon());
    const [lon, lat] = (ambition!.wgs84.coordinates[0] as Pos[])[0]!;
    expect(lon).toBeCloseTo(5.62, 1);
    expect(lat).toBeCloseTo(51.66, 1);
  });

  it("defaults documentUrl to null and isDemo to false, and keeps the file's order", () => {
    const ambitions = parseAmbitionFile(
      collection([feature({ ...PROPS, id: "b" }), feature({ ...PROPS, id: "a" }, rdPolygon(172000, 408000))]),
      FILE,
    );
    expect(ambitions.map((a) => [a.id, a.position, a.documentUrl, a.isDemo])).toEqual([
      ["b", 0, null, false],
      ["a", 1, null, false],
    ]);
  });

  it("detects RD New and WGS84 by coordinate range when the file does not say", () => {
    const [rd] = parseAmbitionFile(collection([feature(PROPS)], null), FILE);
    expect(rd!.rd).toEqual(rdPolygon());
    const wgs = polygon(rect(5.6, 51.65, 0.01, 0.01));
    const [fromWgs] = parseAmbitionFile(collection([feature(PROPS, wgs)], null), FILE);
    expect(fromWgs!.wgs84.coordinates[0]).toHaveLength(5);
    const [x, y] = (fromWgs!.rd.coordinates[0] as Pos[])[0]!;
    expect(x).toBeGreaterThan(160000);
    expect(y).toBeGreaterThan(400000);
  });

  it("lets options.crs override the declaration", () => {
    const problems = problemsOf(() => parseAmbitionFile(collection([feature(PROPS)]), FILE, { crs: "EPSG:4326" }));
    expect(keysOf(problems)).toEqual(["coordinatesLookLikeRd"]);
  });

  it("combines features with one id into a MultiPolygon; later parts may omit the properties", () => {
    const ambitions = parseAmbitionFile(
      collection([
        feature(PROPS),
        feature({ ...PROPS, id: "ander" }, rdPolygon(175000, 408000)),
        feature({ id: "groene-kern-uden" }, rdPolygon(172000, 408000)),
        feature({ id: "groene-kern-uden", titel_nl: "Groen in Uden" }, rdPolygon(173000, 408000)),
      ]),
      FILE,
    );
    expect(ambitions.map((a) => a.id)).toEqual(["groene-kern-uden", "ander"]);
    expect(ambitions[0]!.rd.type).toBe("MultiPolygon");
    expect(ambitions[0]!.rd.coordinates).toHaveLength(3);
    expect(ambitions[0]!.wgs84.type).toBe("MultiPolygon");
  });

  it("reports parts that disagree, naming the feature that stated the value first", () => {
    const problems = problemsOf(() =>
      parseAmbitionFile(collection([feature(PROPS), feature({ id: PROPS.id, titel_nl: "Iets anders" }, rdPolygon(172000))]), FILE),
    );
    expect(problems).toEqual([
      { file: FILE, item: 2, code: PROPS.id, key: "ambitionFieldConflict", values: { field: "titel_nl", firstItem: 1 } },
    ]);
  });

  it("reports parts that overlap each other", () => {
    const problems = problemsOf(() =>
      parseAmbitionFile(collection([feature(PROPS), feature({ id: PROPS.id }, rdPolygon(170250, 408250))]), FILE),
    );
    expect(problems).toEqual([{ file: FILE, item: 1, code: PROPS.id, key: "ambitionPartsOverlap" }]);
  });

  it("reports every bad property of every feature at once, and returns nothing", () => {
    const problems = problemsOf(() =>
      parseAmbitionFile(
        collection([
          feature(PROPS),
          feature({ ...PROPS, id: "Hoofdletters" }),
          feature({ ...PROPS, id: undefined }),
          feature({ id: "kaal" }),
          feature({
            ...PROPS,
            id: "fout",
            thema: "Recreation",
            status: "besloten",
            document_url: "javascript:alert(1)",
            demo: "ja",
            titel_en: "x".repeat(201),
            tekst_nl: 42,
          }),
          feature({ ...PROPS, id: "lang", tekst_en: "y".repeat(5001) }),
          feature({ ...PROPS, id: "ftp", document_url: "ftp://example.org/visie.pdf" }),
        ]),
        FILE,
      ),
    );
    expect(problems).toEqual([
      { file: FILE, item: 2, code: "Hoofdletters", key: "ambitionInvalidId", values: { max: 80 } },
      { file: FILE, item: 3, key: "ambitionMissingId" },
      { file: FILE, item: 5, code: "fout", key: "ambitionTooLong", values: { field: "titel_en", length: 201, max: 200 } },
      { file: FILE, item: 5, code: "fout", key: "ambitionNotText", values: { field: "tekst_nl" } },
      { file: FILE, item: 5, code: "fout", key: "ambitionUnknownTheme", values: { value: "Recreation", themes: "recreatie, mobiliteit-verstedelijking, landbouwtransitie, bodem-natuur-water" } },
      { file: FILE, item: 5, code: "fout", key: "ambitionInvalidStatus", values: { value: "besloten", statuses: "ontwerp, vastgesteld, in-uitvoering, gerealiseerd" } },
      { file: FILE, item: 5, code: "fout", key: "ambitionInvalidUrl", values: { value: "javascript:alert(1)" } },
      { file: FILE, item: 5, code: "fout", key: "ambitionInvalidDemo", values: { value: "ja" } },
      { file: FILE, item: 6, code: "lang", key: "ambitionTooLong", values: { field: "tekst_en", length: 5001, max: 5000 } },
      { file: FILE, item: 7, code: "ftp", key: "ambitionInvalidUrl", values: { value: "ftp://example.org/visie.pdf" } },
      ...["thema", "titel_nl", "titel_en", "tekst_nl", "tekst_en", "status"].map((field) => ({
        file: FILE,
        item: 4,
        code: "kaal",
        key: "ambitionMissingField",
        values: { field },
      })),
    ]);
  });

  it("rejects an id longer than 80 characters", () => {
    const id = "a".repeat(81);
    expect(keysOf(problemsOf(() => parseAmbitionFile(collection([feature({ ...PROPS, id })]), FILE)))).toEqual(["ambitionInvalidId"]);
    expect(parseAmbitionFile(collection([feature({ ...PROPS, id: "a".repeat(80) })]), FILE)).toHaveLength(1);
  });

  it("reports bad geometries with the feature's number and id", () => {
    const bowtie = polygon([
      [
        [170000, 408000],
        [170500, 408500],
        [170500, 408000],
        [170000, 408500],
        [170000, 408000],
      ],
    ]);
    const problems = problemsOf(() =>
      parseAmbitionFile(
        collection([
          feature({ ...PROPS, id: "punt" }, { type: "Point", coordinates: [170000, 408000] }),
          feature({ ...PROPS, id: "strik" }, bowtie),
          feature({ ...PROPS, id: "ver-weg" }, rdPolygon(900000, 408000)),
          feature({ ...PROPS, id: "open" }, polygon([[[170000, 408000], [170500, 408000], [170500, 408500]]])),
        ]),
        FILE,
      ),
    );
    expect(problems.map((p) => [p.item, p.code, p.key])).toEqual([
      [1, "punt", "unsupportedGeometry"],
      [2, "strik", "selfIntersection"],
      [3, "ver-weg", "coordinatesOutsideNetherlands"],
      [4, "open", "ringTooShort"],
    ]);
  });

  it("refuses files that are not an ambition collection", () => {
    expect(keysOf(problemsOf(() => parseAmbitionFile("  ", FILE)))).toEqual(["emptyFile"]);
    expect(keysOf(problemsOf(() => parseAmbitionFile("{", FILE)))).toEqual(["notJson"]);
    expect(keysOf(problemsOf(() => parseAmbitionFile('{"type":"Feature"}', FILE)))).toEqual(["notFeatureCollection"]);
    expect(keysOf(problemsOf(() => parseAmbitionFile(collection([]), FILE)))).toEqual(["noFeatures"]);
    expect(keysOf(problemsOf(() => parseAmbitionFile(collection([feature(PROPS)], "EPSG:3857"), FILE)))).toEqual(["unsupportedCrs"]);
    expect(keysOf(problemsOf(() => parseAmbitionFile(collection([{ type: "Feature" }]), FILE)))).toEqual(["notAFeature"]);
  });
});
