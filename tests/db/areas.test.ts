import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAreaDivision } from "@/lib/areas/get-area-division.ts";
import { getBuurt } from "@/lib/areas/get-buurt.ts";
import { importAreas } from "@/lib/areas/import-areas.ts";
import { writeAreaDivision } from "@/lib/areas/write-area-division.ts";
import type { Database } from "@/lib/db/open-database.ts";
import { ImportError } from "@/lib/import/import-problem.ts";
import { importSource } from "@/lib/import/import-source.ts";
import { demoSource, MAASHORST } from "./support/demo-files.ts";
import { snapshot } from "./support/snapshot.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

describe.each(TEST_TARGETS)("areas on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
    await importAreas(db.prisma, [demoSource("buurten")], MAASHORST);
  });
  afterAll(() => dispose());

  it("stores the real Maashorst division: 1 gemeente, 6 wijken, 39 buurten of 2022", async () => {
    const division = await getAreaDivision(db.prisma, "GM1991", 2022);
    expect(division?.gemeente.name).toBe("Maashorst");
    expect(division?.wijken.map((wijk) => [wijk.name, wijk.buurten.length])).toEqual([
      ["Uden", 21],
      ["Volkel", 3],
      ["Odiliapeel", 2],
      ["Schaijk", 4],
      ["Reek", 2],
      ["Zeeland", 7],
    ]);
    expect(await db.prisma.area.count({ where: { year: 2022, derived: true } })).toBe(7);
    expect(await getAreaDivision(db.prisma, "GM1991", 2023)).toBeNull();
  });

  it("finds a buurt with its wijk, gemeente and neighbours, and nothing for other codes", async () => {
    const view = await getBuurt(db.prisma, { code: "BU19910101", gemeenteCode: "GM1991", year: 2022 });
    expect(view?.buurt.name).toBe("Centrum");
    expect(view?.wijk.code).toBe("WK199101");
    expect(view?.gemeente.code).toBe("GM1991");
    expect(view?.neighbours).toHaveLength(20);
    expect(view?.neighbours.map((n) => n.code)).not.toContain("BU19910101");
    expect(await getBuurt(db.prisma, { code: "BU19919999", gemeenteCode: "GM1991", year: 2022 })).toBeNull();
    expect(await getBuurt(db.prisma, { code: "WK199101", gemeenteCode: "GM1991", year: 2022 })).toBeNull();
    expect(await getBuurt(db.prisma, { code: "BU19910101", gemeenteCode: "GM0363", year: 2022 })).toBeNull();
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await snapshot(db);
    const { summary } = await importAreas(db.prisma, [demoSource("buurten")], MAASHORST);
    expect(summary).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 46 });
    const after = await snapshot(db);
    // Only the import log grows.
    const strip = (json: string) => json.replace(/"logs":\[.*\]/, "");
    expect(strip(after)).toBe(strip(before));
  });

  it("refuses a bad file and leaves the database exactly as it was", async () => {
    const before = await snapshot(db);
    const good = JSON.parse(demoSource("buurten").content);
    good.features[5].geometry.coordinates[0].pop();
    const bad = importSource("buurten-kapot.geojson", JSON.stringify(good));
    const failure = await importAreas(db.prisma, [bad], MAASHORST).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as ImportError).problems[0]).toMatchObject({ item: 6, code: "BU19910106", key: "ringNotClosed" });
    expect(await snapshot(db)).toBe(before);
  });

  it("rolls the whole write back when the database refuses one area", async () => {
    const before = await snapshot(db);
    const square = { type: "Polygon" as const, coordinates: [[[5.6, 51.6], [5.61, 51.6], [5.61, 51.61], [5.6, 51.61], [5.6, 51.6]]] as [number, number][][] };
    const failure = await writeAreaDivision(
      db.prisma,
      {
        year: 2022,
        gemeenteCode: "GM1991",
        notices: [],
        areas: [
          { code: "GM1991", level: "GEMEENTE", name: "Maashorst (gewijzigd)", parentCode: null, geometry: square, derived: false },
          { code: "BU19919901", level: "BUURT", name: "Zonder wijk", parentCode: "WK199199", geometry: square, derived: false },
        ],
      },
      [importSource("x.geojson", "{}")],
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(await snapshot(db)).toBe(before);
  });

  it("replaces the division when a buurt disappears from a newer file", async () => {
    const collection = JSON.parse(demoSource("buurten").content);
    collection.features = collection.features.filter((feature: { properties: { buurtcode: string } }) => feature.properties.buurtcode !== "BU19910607");
    const { summary } = await importAreas(db.prisma, [importSource("zonder-peel.geojson", JSON.stringify(collection))], MAASHORST);
    expect(summary.removed).toBe(1);
    expect(await db.prisma.area.findUnique({ where: { year_code: { year: 2022, code: "BU19910607" } } })).toBeNull();
    // Restore for the other tests of this file.
    await importAreas(db.prisma, [demoSource("buurten")], MAASHORST);
  });
});
