import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAreas } from "@/lib/areas/import-areas.ts";
import type { Database } from "@/lib/db/open-database.ts";
import { getFacilityReach } from "@/lib/facilities/get-facility-reach.ts";
import { importDemoFacilities, importFacilities } from "@/lib/facilities/import-facilities.ts";
import { rdToWgs84 } from "@/lib/geo/rd-new.ts";
import { ImportError } from "@/lib/import/import-problem.ts";
import { importSource } from "@/lib/import/import-source.ts";
import { getAmbition, getAmbitions } from "@/lib/omgevingsvisie/get-ambitions.ts";
import { getBuurtAmbitions } from "@/lib/omgevingsvisie/get-buurt-ambitions.ts";
import { importAmbitions, importDemoAmbitions } from "@/lib/omgevingsvisie/import-ambitions.ts";
import { demoSource, MAASHORST } from "./support/demo-files.ts";
import { snapshot } from "./support/snapshot.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const PLACE = { gemeenteCode: "GM1991", areaYear: 2022 };

// Points in RD New metres, converted the way a municipality's WGS84 file would hold them.
// (170800, 407850) lies in Uden's centre (Centrum); (121000, 487000) is Amsterdam, far outside.
const wgs = (x: number, y: number) => rdToWgs84([x, y]);

function csv(rows: [string, string, number, number][]): string {
  return ["type;naam;lon;lat", ...rows.map(([type, name, x, y]) => [type, name, ...wgs(x, y)].join(";"))].join("\n");
}

function squareAmbition(id: string, [x0, y0]: [number, number], size: number) {
  const ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]];
  return {
    type: "Feature",
    properties: { id, thema: "recreatie", titel_nl: `Titel ${id}`, titel_en: `Title ${id}`, tekst_nl: "Tekst.", tekst_en: "Text.", status: "vastgesteld" },
    geometry: { type: "Polygon", coordinates: [ring] },
  };
}

describe.each(TEST_TARGETS)("facilities and the Omgevingsvisie on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
    await importAreas(db.prisma, [demoSource("buurten")], MAASHORST);
  });
  afterAll(() => dispose());

  it("stores a demo set inside the buurten, marked as demo, with the reach of every buurt", async () => {
    const result = await importDemoFacilities(db.prisma, { ...PLACE, seed: "test" });
    expect(result.summary?.isDemo).toBe(true);
    const facilities = await db.prisma.facility.findMany();
    expect(facilities.length).toBeGreaterThan(50);
    expect(facilities.every((facility) => facility.isDemo && facility.buurtCode?.startsWith("BU1991"))).toBe(true);
    const huisarts = await getFacilityReach(db.prisma, 2022, { type: "huisarts" });
    expect(huisarts).toHaveLength(39);
    // A buurt with a huisarts of its own is on average closer than the farthest buurt.
    const withOwn = new Set(facilities.filter((facility) => facility.type === "huisarts").map((facility) => facility.buurtCode));
    const own = huisarts.filter((row) => withOwn.has(row.buurtCode)).map((row) => row.meanMeters);
    expect(Math.min(...own)).toBeLessThan(Math.max(...huisarts.map((row) => row.meanMeters)));
    // The same demo again writes nothing (the data version stays, so caches stay warm).
    const before = await snapshot(db);
    expect((await importDemoFacilities(db.prisma, { ...PLACE, seed: "test" })).summary).toBeNull();
    expect(await snapshot(db)).toBe(before);
  });

  it("replaces the demo set with a real file, keeps facilities just across the border and skips far ones", async () => {
    const file = csv([
      ["huisarts", "Praktijk Centrum", 170800, 407850],
      ["supermarkt", "Super Uden", 170900, 407700],
      // Just outside the gemeente (west of Uden, within 3 km of its border).
      ["huisarts", "Praktijk over de grens", 165500, 411500],
      ["huisarts", "Praktijk Amsterdam", 121000, 487000],
    ]);
    const { summary, notices } = await importFacilities(db.prisma, importSource("voorzieningen.csv", file), PLACE);
    expect(summary).toMatchObject({ facilities: 3, insideGemeente: 2, nearby: 1, isDemo: false });
    expect(notices.map((notice) => notice.key)).toContain("facilitiesFarAwaySkipped");
    const stored = await db.prisma.facility.findMany({ orderBy: { name: "asc" } });
    expect(stored.map((facility) => [facility.name, facility.isDemo])).toEqual([
      ["Praktijk Centrum", false],
      ["Praktijk over de grens", false],
      ["Super Uden", false],
    ]);
    expect(stored.find((facility) => facility.name === "Praktijk Centrum")?.buurtCode).toBe("BU19910101");
    expect(stored.find((facility) => facility.name === "Praktijk over de grens")?.buurtCode).toBeNull();
    // Reach only for the types the file has; every buurt gets both.
    const reach = await getFacilityReach(db.prisma, 2022);
    expect(new Set(reach.map((row) => row.type))).toEqual(new Set(["huisarts", "supermarkt"]));
    expect(reach).toHaveLength(78);
    const centrum = reach.find((row) => row.buurtCode === "BU19910101" && row.type === "huisarts")!;
    expect(centrum.meanMeters).toBeLessThan(800);
    expect(centrum.within1200).toBe(1);
    // The demo never overwrites a municipality's own file.
    const before = await snapshot(db);
    expect(await importDemoFacilities(db.prisma, { ...PLACE, seed: "test" })).toEqual({ summary: null, kept: 3 });
    expect(await snapshot(db)).toBe(before);
  });

  it("writes nothing when a facility file is bad, or lies entirely elsewhere", async () => {
    const before = await snapshot(db);
    const bad = "type;naam;lon;lat\nhuisarts;A;5.6;51.65\nziekenhuisje;B;5.6;51.65\nhuisarts;C;abc;51.6\n";
    await expect(importFacilities(db.prisma, importSource("slecht.csv", bad), PLACE)).rejects.toBeInstanceOf(ImportError);
    const elsewhere = csv([["huisarts", "Amsterdam", 121000, 487000]]);
    const error = await importFacilities(db.prisma, importSource("elders.csv", elsewhere), PLACE).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems.map((problem) => problem.key)).toEqual(["facilitiesNoneNear"]);
    expect(await snapshot(db)).toBe(before);
  });

  it("stores the demo ambitions with the buurten each one touches", async () => {
    const result = await importDemoAmbitions(db.prisma, PLACE);
    expect(result.summary?.isDemo).toBe(true);
    const ambitions = await getAmbitions(db.prisma, 2022);
    expect(ambitions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ambitions.map((ambition) => ambition.theme)).size).toBe(4);
    expect(ambitions.every((ambition) => ambition.isDemo && ambition.buurten.length > 0)).toBe(true);
    const centrum = await getBuurtAmbitions(db.prisma, "BU19910101", 2022);
    expect(centrum.length).toBeGreaterThan(0);
  });

  it("computes full, partial and no overlap on import, in RD metres", async () => {
    // Centrum (BU19910101) lies around (170800, 407850); a 20 km square holds all of Uden.
    const file = JSON.stringify({
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::28992" } },
      features: [squareAmbition("heel-uden", [163000, 400000], 20000), squareAmbition("hoekje", [170800, 407850], 150), squareAmbition("ver-weg", [121000, 487000], 500)],
    });
    const summary = await importAmbitions(db.prisma, importSource("visie.geojson", file), PLACE);
    expect(summary).toMatchObject({ ambitions: 3, isDemo: false });
    const all = await getAmbition(db.prisma, "heel-uden", 2022);
    const centrumShare = all?.buurten.find((buurt) => buurt.code === "BU19910101")?.shareOfBuurt;
    expect(centrumShare).toBe(1);
    const corner = await getAmbition(db.prisma, "hoekje", 2022);
    expect(corner?.buurten.length).toBeGreaterThan(0);
    expect(corner!.buurten.every((buurt) => buurt.shareOfBuurt > 0 && buurt.shareOfBuurt < 1)).toBe(true);
    expect((await getAmbition(db.prisma, "ver-weg", 2022))?.buurten).toEqual([]);
    // The demo ambitions are gone, and the demo does not come back over a real import.
    expect(await db.prisma.ambition.count({ where: { isDemo: true } })).toBe(0);
    expect((await importDemoAmbitions(db.prisma, PLACE)).summary).toBeNull();
  });

  it("writes nothing when an ambition file is bad", async () => {
    const before = await snapshot(db);
    const file = JSON.stringify({ type: "FeatureCollection", features: [{ ...squareAmbition("kapot", [173000, 410000], 100), properties: { id: "kapot", thema: "onbekend" } }] });
    await expect(importAmbitions(db.prisma, importSource("kapot.geojson", file), PLACE)).rejects.toBeInstanceOf(ImportError);
    expect(await snapshot(db)).toBe(before);
  });
});
