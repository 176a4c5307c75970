import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/open-database.ts";
import { getCbsFigures } from "@/lib/figures/get-cbs-figures.ts";
import { importCbsTable } from "@/lib/figures/import-cbs-table.ts";
import { ImportError } from "@/lib/import/import-problem.ts";
import { importSource } from "@/lib/import/import-source.ts";
import { demoSource, MAASHORST } from "./support/demo-files.ts";
import { snapshot } from "./support/snapshot.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const TABLE = { gemeenteCode: MAASHORST.gemeenteCode, tableId: "85984NED", year: 2024 };

describe.each(TEST_TARGETS)("CBS key figures on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
    await importCbsTable(db.prisma, demoSource("cbsFields"), demoSource("cbsFigures"), TABLE);
  });
  afterAll(() => dispose());

  it("returns the figures of a buurt's wijk and gemeente as CBS published them", async () => {
    const table = await getCbsFigures(db.prisma, ["BU19910101", "WK199101", "GM1991"]);
    expect(table).toMatchObject({ tableId: "85984NED", year: 2024 });
    expect(table?.importedAt).toBeInstanceOf(Date);
    const inhabitants = table?.rows.find((row) => row.key === "AantalInwoners_5");
    expect(inhabitants?.title).toBe("Aantal inwoners");
    expect(inhabitants?.cells).toEqual({
      WK199101: { value: 37505, status: "PUBLISHED" },
      GM1991: { value: 59222, status: "PUBLISHED" },
    });
    expect(table?.rows.map((row) => row.key)).toEqual([
      "AantalInwoners_5",
      "Mannen_6",
      "Vrouwen_7",
      "Bevolkingsdichtheid_34",
      "Woningvoorraad_35",
      "OppervlakteTotaal_122",
      "OppervlakteLand_123",
      "OppervlakteWater_124",
    ]);
    expect(await getCbsFigures(db.prisma, ["BU00000000"])).toBeNull();
  });

  it("keeps secret and not-applicable figures apart", async () => {
    const rows = ["code,AantalInwoners_5,Woningvoorraad_35", "WK199105,.,720", "WK199106,6870,"].join("\n");
    await importCbsTable(db.prisma, demoSource("cbsFields"), importSource("kwb-2024-test.csv", rows), TABLE);
    const table = await getCbsFigures(db.prisma, ["WK199105", "WK199106"]);
    const cells = Object.fromEntries(table!.rows.map((row) => [row.key, row.cells]));
    expect(cells.AantalInwoners_5).toEqual({ WK199105: { value: null, status: "SUPPRESSED" }, WK199106: { value: 6870, status: "PUBLISHED" } });
    expect(cells.Woningvoorraad_35).toEqual({ WK199105: { value: 720, status: "PUBLISHED" }, WK199106: { value: null, status: "NO_DATA" } });
    // The import replaced the table for the gemeente: the other areas' rows are gone.
    expect(await getCbsFigures(db.prisma, ["GM1991"])).toBeNull();
    await importCbsTable(db.prisma, demoSource("cbsFields"), demoSource("cbsFigures"), TABLE);
  });

  it("is idempotent and refuses a bad file without touching what is stored", async () => {
    await importCbsTable(db.prisma, demoSource("cbsFields"), demoSource("cbsFigures"), TABLE);
    expect(await db.prisma.figure.count()).toBe(56);
    const before = await snapshot(db);
    const bad = importSource("kwb-2024-kapot.csv", "code,AantalInwoners_5\nWK199101,37505\nWK199102,veel\n");
    const failure = await importCbsTable(db.prisma, demoSource("cbsFields"), bad, TABLE).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as ImportError).problems).toEqual([
      expect.objectContaining({ key: "invalidValue", item: 3, code: "WK199102", values: { column: "AantalInwoners_5", value: "veel" } }),
    ]);
    expect(await snapshot(db)).toBe(before);
  });
});
