import fs from "node:fs";
import path from "node:path";
import turfArea from "@turf/area";
import { describe, expect, it } from "vitest";
import { buildAreaDivision, type DivisionArea } from "@/lib/areas/import/build-area-division.ts";
import { type ParsedArea, parseAreaFile } from "@/lib/areas/import/parse-area-file.ts";
import { ImportError, type ImportProblem } from "@/lib/import/import-problem.ts";

const DATA = path.resolve("../shared/data");
const GEMEENTE = { gemeenteCode: "GM1991", gemeenteName: "Maashorst (config)" };
const RD = "urn:ogc:def:crs:EPSG::28992";

function readData(file: string): string {
  return fs.readFileSync(path.join(DATA, file), "utf8");
}
interface RawFeature {
  properties: Record<string, unknown>;
}
function readRaw(file: string): { features: RawFeature[] } {
  return JSON.parse(readData(file));
}
function parseData(file: string): ParsedArea[] {
  return parseAreaFile(readData(file), file, { gemeenteCode: "GM1991" });
}

/** An RD square of 100 m at column `col` of a row of squares starting at x=170000, y=408000 (Uden). */
function rdSquare(col: number, row = 0) {
  const [x, y, s] = [170000 + col * 100, 408000 + row * 100, 100];
  return {
    type: "Polygon",
    coordinates: [
      [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
        [x, y],
      ],
    ],
  };
}

function synthetic(
  features: { props: Record<string, unknown>; col: number; row?: number }[],
  file = "synthetic.geojson",
): ParsedArea[] {
  const content = JSON.stringify({
    type: "FeatureCollection",
    crs: { type: "name", properties: { name: RD } },
    features: features.map(({ props, col, row }) => ({ type: "Feature", properties: props, geometry: rdSquare(col, row) })),
  });
  return parseAreaFile(content, file, { gemeenteCode: "GM1991" });
}

function problemsOf(run: () => unknown): ImportProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error("expected an ImportError, but the division was accepted");
}

const areaOf = (area: DivisionArea) => turfArea({ type: "Feature", properties: {}, geometry: area.geometry } as never);

describe("buildAreaDivision: refused input", () => {
  it("refuses a code that occurs twice in one file, pointing at the second and naming the first", () => {
    const parsed = synthetic([
      { props: { buurtcode: "BU19910101", buurtnaam: "Eerste", jaar: 2022 }, col: 0 },
      { props: { buurtcode: "BU19910102", buurtnaam: "Tweede", jaar: 2022 }, col: 1 },
      { props: { buurtcode: "BU19910101", buurtnaam: "Nog eens", jaar: 2022 }, col: 2 },
    ]);
    expect(problemsOf(() => buildAreaDivision(parsed, GEMEENTE))).toEqual([
      {
        file: "synthetic.geojson",
        item: 3,
        code: "BU19910101",
        name: "Nog eens",
        key: "duplicateCode",
        values: { firstFile: "synthetic.geojson", firstItem: 1 },
      },
    ]);
  });

  it("refuses a code that occurs in two files", () => {
    const buurten = parseData("buurten_2022_maashorst_rd.geojson");
    const raw = readRaw("buurten_2022_maashorst_rd.geojson");
    const firstItem = raw.features.findIndex((f) => f.properties.buurtcode === "BU19910103") + 1;
    const extra = synthetic([{ props: { buurtcode: "BU19910103", buurtnaam: "Dubbel", jaar: 2022 }, col: 0 }], "extra.geojson");
    expect(problemsOf(() => buildAreaDivision([...buurten, ...extra], GEMEENTE))).toEqual([
      {
        file: "extra.geojson",
        item: 1,
        code: "BU19910103",
        name: "Dubbel",
        key: "duplicateCode",
        values: { firstFile: "buurten_2022_maashorst_rd.geojson", firstItem },
      },
    ]);
  });

  it("refuses files of different years (real 2022 buurten with 2023 wijken) and lists the years", () => {
    const parsed = [
      ...parseData("buurten_2022_maashorst_rd.geojson"),
      ...parseData("wijken_2023_maashorst_wgs84_official_generalised.geojson"),
    ];
    expect(problemsOf(() => buildAreaDivision(parsed, GEMEENTE))).toEqual([{ key: "yearsDiffer", values: { years: "2022, 2023" } }]);
  });

  it("asks for the year when no feature states it", () => {
    const parsed = synthetic([{ props: { buurtcode: "BU19910101", buurtnaam: "Zonder jaar" }, col: 0 }]);
    expect(problemsOf(() => buildAreaDivision(parsed, GEMEENTE))).toEqual([{ key: "yearMissing" }]);
  });

  it("takes the year from the option when the files do not state it", () => {
    const parsed = synthetic([{ props: { buurtcode: "BU19910101", buurtnaam: "Zonder jaar" }, col: 0 }]);
    expect(buildAreaDivision(parsed, { ...GEMEENTE, year: 2024 }).year).toBe(2024);
  });

  it("refuses features whose year differs from the requested year, each pointed at (capped)", () => {
    const buurten = parseData("buurten_2022_maashorst_rd.geojson");
    const raw = readRaw("buurten_2022_maashorst_rd.geojson");
    const problems = problemsOf(() => buildAreaDivision(buurten, { ...GEMEENTE, year: 2023 }));
    expect(problems[0]).toEqual({
      file: "buurten_2022_maashorst_rd.geojson",
      item: 1,
      code: raw.features[0]!.properties.buurtcode,
      name: raw.features[0]!.properties.buurtnaam,
      key: "yearMismatch",
      values: { year: 2022, expected: 2023 },
    });
    expect(problems.filter((p) => p.key === "yearMismatch")).toHaveLength(25);
    expect(problems.at(-1)).toEqual({ key: "moreProblems", values: { count: 39 - 25 } });
  });

  it("accepts a requested year that matches the files", () => {
    expect(buildAreaDivision(parseData("buurten_2022_maashorst_rd.geojson"), { ...GEMEENTE, year: 2022 }).year).toBe(2022);
  });

  it("refuses files without any buurt", () => {
    expect(problemsOf(() => buildAreaDivision(parseData("wijken_2022_maashorst_rd_derived.geojson"), GEMEENTE))).toEqual([
      { key: "noBuurten" },
    ]);
    expect(problemsOf(() => buildAreaDivision([], { ...GEMEENTE, year: 2022 }))).toEqual([{ key: "noBuurten" }]);
  });

  it("reports duplicates and year problems together", () => {
    const parsed = synthetic([
      { props: { buurtcode: "BU19910101", buurtnaam: "A", jaar: 2022 }, col: 0 },
      { props: { buurtcode: "BU19910101", buurtnaam: "B", jaar: 2023 }, col: 1 },
    ]);
    expect(problemsOf(() => buildAreaDivision(parsed, GEMEENTE)).map((p) => p.key)).toEqual(["duplicateCode", "yearsDiffer"]);
  });
});

describe("buildAreaDivision: derived from the real buurten only", () => {
  const raw = readRaw("buurten_2022_maashorst_rd.geojson");
  const division = buildAreaDivision(parseData("buurten_2022_maashorst_rd.geojson"), GEMEENTE);
  const byLevel = (level: DivisionArea["level"]) => division.areas.filter((area) => area.level === level);

  it("has 1 gemeente, 6 wijken and 39 buurten of 2022, parents before children", () => {
    expect(division.year).toBe(2022);
    expect(division.gemeenteCode).toBe("GM1991");
    expect(byLevel("GEMEENTE")).toHaveLength(1);
    expect(byLevel("WIJK")).toHaveLength(6);
    expect(byLevel("BUURT")).toHaveLength(39);
    const levels = division.areas.map((area) => area.level);
    expect(levels.lastIndexOf("GEMEENTE")).toBeLessThan(levels.indexOf("WIJK"));
    expect(levels.lastIndexOf("WIJK")).toBeLessThan(levels.indexOf("BUURT"));
    expect(division.notices).toEqual([]);
  });

  it("marks the wijken and the gemeente as derived, the buurten not", () => {
    for (const area of [...byLevel("WIJK"), ...byLevel("GEMEENTE")]) expect(area.derived, area.code).toBe(true);
    for (const area of byLevel("BUURT")) expect(area.derived, area.code).toBe(false);
  });

  it("names the wijken after the buurten's wijknaam and links every buurt to its wijk", () => {
    const expectedWijken = new Map(raw.features.map((f) => [f.properties.wijkcode as string, f.properties.wijknaam as string]));
    expect(new Map(byLevel("WIJK").map((wijk) => [wijk.code, wijk.name]))).toEqual(expectedWijken);
    for (const wijk of byLevel("WIJK")) expect(wijk.parentCode).toBe("GM1991");
    for (const feature of raw.features) {
      const buurt = division.areas.find((area) => area.code === feature.properties.buurtcode);
      expect(buurt).toMatchObject({ level: "BUURT", name: feature.properties.buurtnaam, parentCode: feature.properties.wijkcode });
    }
  });

  it("names the gemeente as the files do and gives it no parent", () => {
    const [gemeente] = byLevel("GEMEENTE");
    expect(gemeente).toMatchObject({ code: "GM1991", name: raw.features[0]!.properties.gemeentenaam, parentCode: null });
  });

  it("dissolves a gemeente outline whose area equals the sum of the buurten (within 0.5 %)", () => {
    const sum = byLevel("BUURT").reduce((total, buurt) => total + areaOf(buurt), 0);
    const gemeente = areaOf(byLevel("GEMEENTE")[0]!);
    expect(Math.abs(gemeente - sum) / sum).toBeLessThan(0.005);
    // Sanity: Maashorst is about 139 km² in this generalised data (CBS: 138 km²).
    expect(gemeente / 1e6).toBeGreaterThan(130);
    expect(gemeente / 1e6).toBeLessThan(145);
  });

  it("dissolves each wijk outline to the sum of its buurten (within 0.5 %)", () => {
    for (const wijk of byLevel("WIJK")) {
      const sum = byLevel("BUURT")
        .filter((buurt) => buurt.parentCode === wijk.code)
        .reduce((total, buurt) => total + areaOf(buurt), 0);
      expect(Math.abs(areaOf(wijk) - sum) / sum, wijk.code).toBeLessThan(0.005);
    }
  });

  it("dissolves into WGS84 outlines near Uden", () => {
    const [gemeente] = byLevel("GEMEENTE");
    const rings = gemeente!.geometry.type === "Polygon" ? [gemeente!.geometry.coordinates] : gemeente!.geometry.coordinates;
    for (const [lon, lat] of rings.flat(2)) {
      expect(lon).toBeGreaterThan(5.5);
      expect(lon).toBeLessThan(5.8);
      expect(lat).toBeGreaterThan(51.6);
      expect(lat).toBeLessThan(51.8);
    }
  });

  it("reports progress for each wijk and the gemeente", () => {
    const calls: [number, number][] = [];
    buildAreaDivision(parseData("buurten_2022_maashorst_rd.geojson"), {
      ...GEMEENTE,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7].map((done) => [done, 7]));
  });
});

describe("buildAreaDivision: names and given outlines", () => {
  it("calls a wijk without any name 'Wijk NN' and tells so in a notice", () => {
    const parsed = synthetic([
      { props: { buurtcode: "BU19910301", buurtnaam: "Een", jaar: 2022 }, col: 0 },
      { props: { buurtcode: "BU19910302", buurtnaam: "Twee", jaar: 2022 }, col: 1 },
    ]);
    const division = buildAreaDivision(parsed, GEMEENTE);
    expect(division.areas.find((area) => area.code === "WK199103")).toMatchObject({ level: "WIJK", name: "Wijk 03", derived: true });
    expect(division.notices).toEqual([{ code: "WK199103", key: "wijkNameMissing", values: { name: "Wijk 03" } }]);
  });

  it("uses the configured gemeente name when the files give none", () => {
    const parsed = synthetic([{ props: { buurtcode: "BU19910101", buurtnaam: "Een", jaar: 2022 }, col: 0 }]);
    expect(buildAreaDivision(parsed, GEMEENTE).areas[0]).toMatchObject({ code: "GM1991", name: GEMEENTE.gemeenteName });
  });

  it("takes the wijknaam most buurten agree on", () => {
    const parsed = synthetic([
      { props: { buurtcode: "BU19910101", buurtnaam: "A", wijknaam: "Udenn", jaar: 2022 }, col: 0 },
      { props: { buurtcode: "BU19910102", buurtnaam: "B", wijknaam: "Uden", jaar: 2022 }, col: 1 },
      { props: { buurtcode: "BU19910103", buurtnaam: "C", wijknaam: "Uden", jaar: 2022 }, col: 2 },
    ]);
    expect(buildAreaDivision(parsed, GEMEENTE).areas.find((area) => area.code === "WK199101")?.name).toBe("Uden");
  });

  it("dissolves adjacent buurten into one polygon of their joint area", () => {
    const parsed = synthetic([
      { props: { buurtcode: "BU19910101", buurtnaam: "A", jaar: 2022 }, col: 0 },
      { props: { buurtcode: "BU19910102", buurtnaam: "B", jaar: 2022 }, col: 1 },
      { props: { buurtcode: "BU19910103", buurtnaam: "C", jaar: 2022 }, col: 0, row: 1 },
    ]);
    const wijk = buildAreaDivision(parsed, GEMEENTE).areas.find((area) => area.code === "WK199101")!;
    expect(wijk.geometry.type).toBe("Polygon");
    // Three 100 m x 100 m squares.
    expect(Math.abs(areaOf(wijk) - 30000) / 30000).toBeLessThan(0.005);
  });

  it("uses the wijken of a wijken file instead of deriving them", () => {
    const buurten = parseData("buurten_2022_maashorst_rd.geojson");
    const wijken = parseData("wijken_2022_maashorst_rd_derived.geojson");
    const rawWijken = readRaw("wijken_2022_maashorst_rd_derived.geojson");
    const division = buildAreaDivision([...buurten, ...wijken], GEMEENTE);
    const divisionWijken = division.areas.filter((area) => area.level === "WIJK");
    expect(divisionWijken).toHaveLength(6);
    for (const wijk of divisionWijken) {
      const given = wijken.find((area) => area.code === wijk.code)!;
      expect(wijk).toMatchObject({ derived: false, parentCode: "GM1991", geometry: given.wgs84 });
      expect(wijk.name).toBe(rawWijken.features.find((f) => f.properties.wijkcode === wijk.code)?.properties.wijknaam);
    }
    expect(division.areas.find((area) => area.level === "GEMEENTE")?.derived).toBe(true);
    expect(division.areas.filter((area) => area.level === "BUURT")).toHaveLength(39);
  });

  it("prefers a wijk name from the wijken file over the buurten's wijknaam", () => {
    const parsed = [
      ...synthetic([{ props: { buurtcode: "BU19910101", buurtnaam: "A", wijknaam: "Oud", jaar: 2022 }, col: 0 }]),
      ...synthetic([{ props: { wijkcode: "WK199101", wijknaam: "Nieuw", jaar: 2022 }, col: 0 }], "wijken.geojson"),
    ];
    expect(buildAreaDivision(parsed, GEMEENTE).areas.find((area) => area.code === "WK199101")).toMatchObject({
      name: "Nieuw",
      derived: false,
    });
  });

  it("uses a given gemeente outline instead of deriving it", () => {
    const parsed = [
      ...parseData("buurten_2022_maashorst_rd.geojson"),
      ...parseData("gemeente_2022_maashorst_rd_derived.geojson"),
    ];
    const gemeente = buildAreaDivision(parsed, GEMEENTE).areas.find((area) => area.level === "GEMEENTE");
    expect(gemeente).toMatchObject({ code: "GM1991", name: "Maashorst", derived: false, parentCode: null });
  });
});
