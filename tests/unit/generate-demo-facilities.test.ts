import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FACILITY_TYPE_CODES } from "@/lib/facilities/facility-types.ts";
import { type DemoFacilityBuurt, generateDemoFacilities } from "@/lib/facilities/generate-demo-facilities.ts";
import type { AreaGeometry } from "@/lib/geo/geometry.ts";
import { pointInPolygon } from "@/lib/geo/point-in-polygon.ts";

const DATA = path.resolve("..", "shared", "data");

function readBuurten(): DemoFacilityBuurt[] {
  const json = JSON.parse(fs.readFileSync(path.join(DATA, "buurten_2022_maashorst_rd.geojson"), "utf8")) as {
    features: { properties: { buurtcode: string; buurtnaam: string }; geometry: AreaGeometry }[];
  };
  return json.features.map(({ properties, geometry }) => ({
    code: properties.buurtcode,
    name: properties.buurtnaam,
    geometryRd: geometry,
  }));
}

const buurten = readBuurten();
const facilities = generateDemoFacilities(buurten, "maashorst");

function buurtOf(x: number, y: number): DemoFacilityBuurt | undefined {
  return buurten.find((buurt) => pointInPolygon([x, y], buurt.geometryRd));
}

describe("generateDemoFacilities with Maashorst's 39 buurten", () => {
  it("reads the real buurt file", () => {
    expect(buurten).toHaveLength(39);
  });

  it("is deterministic for the same seed and differs for another", () => {
    expect(generateDemoFacilities(buurten, "maashorst")).toEqual(facilities);
    const other = generateDemoFacilities(buurten, "another seed");
    expect(other).not.toEqual(facilities);
    expect(other.filter((facility, i) => facility.x === facilities[i]?.x && facility.y === facilities[i]?.y).length).toBeLessThan(10);
  });

  it("gives every type roughly the numbers of a gemeente this size, in catalogue order", () => {
    const counts = Object.fromEntries(FACILITY_TYPE_CODES.map((type) => [type, facilities.filter((f) => f.type === type).length]));
    expect(counts).toEqual({
      huisarts: 12,
      apotheek: 8,
      supermarkt: 12,
      basisschool: 16,
      kinderopvang: 14,
      buurthuis: 9,
      sportaccommodatie: 10,
      bibliotheek: 4,
      bushalte: 70,
      speelplek: 40,
    });
    const order = facilities.map((f) => FACILITY_TYPE_CODES.indexOf(f.type));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("puts every point inside a buurt, with consistent WGS84", () => {
    for (const facility of facilities) {
      expect(buurtOf(facility.x, facility.y), facility.name ?? "").toBeDefined();
      expect(Math.round(facility.x * 10) / 10).toBe(facility.x);
      expect(facility.lon).toBeGreaterThan(5.5);
      expect(facility.lon).toBeLessThan(5.8);
      expect(facility.lat).toBeGreaterThan(51.6);
      expect(facility.lat).toBeLessThan(51.8);
      expect(Math.round(facility.lon * 1e6) / 1e6).toBe(facility.lon);
    }
  });

  it("names each facility after its buurt, visibly as demo data, with a unique source", () => {
    for (const facility of facilities) {
      const buurt = buurtOf(facility.x, facility.y)!;
      expect(facility.name).toMatch(/ \(demo\)$/);
      expect(facility.name).toContain(buurt.name);
    }
    expect(facilities.find((f) => f.type === "huisarts")?.name).toMatch(/^Huisartsenpraktijk .+ \(demo\)$/);
    expect(new Set(facilities.map((f) => f.name)).size).toBe(facilities.length);
    expect(facilities.map((f) => f.sourceRef)).toEqual(facilities.map((_f, i) => `demo/${i + 1}`));
  });

  it("gives every kern (wijk) a basisschool and a supermarkt", () => {
    for (const wijk of ["01", "02", "03", "04", "05", "06"]) {
      for (const type of ["basisschool", "supermarkt"] as const) {
        const inWijk = facilities.filter((f) => f.type === type && buurtOf(f.x, f.y)!.code.slice(6, 8) === wijk);
        expect(inWijk.length, `${type} in WK1991${wijk}`).toBeGreaterThan(0);
      }
    }
  });

  it("puts more facilities per km² in the dense buurten than in the buitengebied", () => {
    const rural = buurten.filter((b) => /buitengebied|verspreide huizen/i.test(b.name));
    const urban = buurten.filter((b) => !rural.includes(b));
    const area = (list: DemoFacilityBuurt[]) =>
      list.reduce((sum, b) => sum + Math.abs(ringArea((b.geometryRd.type === "Polygon" ? b.geometryRd.coordinates : b.geometryRd.coordinates[0]!)[0]!)), 0);
    const count = (list: DemoFacilityBuurt[]) => facilities.filter((f) => list.includes(buurtOf(f.x, f.y)!)).length;
    const ruralDensity = count(rural) / area(rural);
    const urbanDensity = count(urban) / area(urban);
    expect(urbanDensity).toBeGreaterThan(3 * ruralDensity);
    expect(count(rural)).toBeGreaterThan(0);
  });

  it("spreads the scarce types over several buurten", () => {
    for (const type of ["bibliotheek", "apotheek", "huisarts"] as const) {
      const codes = facilities.filter((f) => f.type === type).map((f) => buurtOf(f.x, f.y)!.code);
      expect(new Set(codes).size, type).toBeGreaterThanOrEqual(codes.length - 1);
    }
    const perBuurt = buurten.map((b) => facilities.filter((f) => buurtOf(f.x, f.y) === b).length);
    expect(Math.max(...perBuurt)).toBeLessThan(20);
  });

  it("scales with the number of buurten and keeps every type", () => {
    const few = generateDemoFacilities(buurten.slice(0, 5), "maashorst");
    for (const type of FACILITY_TYPE_CODES) expect(few.some((f) => f.type === type), type).toBe(true);
    expect(few.length).toBeLessThan(facilities.length / 4);
    expect(generateDemoFacilities([], "x")).toEqual([]);
  });
});

function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}
