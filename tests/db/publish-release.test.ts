import fs from "node:fs";
import type { Highs } from "highs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAreas } from "@/lib/areas/import-areas.ts";
import { loadHighs } from "@/lib/disclosure/audit/lp-intervals.ts";
import { DEFAULT_PARAMETERS } from "@/lib/disclosure/parameters.ts";
import type { Database } from "@/lib/db/open-database.ts";
import { generateRegisterCounts } from "@/lib/demo/generate-register-counts.ts";
import { loadDemoRegisterInput } from "@/lib/demo/load-demo-register-input.ts";
import { toRegisterCsv } from "@/lib/demo/to-register-csv.ts";
import { importCbsTable } from "@/lib/figures/import-cbs-table.ts";
import { ImportError } from "@/lib/import/import-problem.ts";
import { importSource } from "@/lib/import/import-source.ts";
import { DEFAULT_CATALOGUE } from "@/lib/indicators/default-catalogue.ts";
import { parseCatalogue } from "@/lib/indicators/parse-catalogue.ts";
import { writeCatalogue } from "@/lib/indicators/write-catalogue.ts";
import { getCurrentRelease } from "@/lib/releases/get-current-release.ts";
import { loadReleaseTables } from "@/lib/releases/load-release-tables.ts";
import { type PublishOptions, publishRelease } from "@/lib/releases/publish-release.ts";
import { verifyTables } from "@/lib/releases/verify-release.ts";
import { demoSource, MAASHORST } from "./support/demo-files.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const SALT = "a-test-salt-of-sufficient-length";

async function releaseRows(db: Database, releaseId: number) {
  return db.prisma.publishedValue.findMany({
    where: { releaseId },
    orderBy: [{ indicatorCode: "asc" }, { year: "asc" }, { areaCode: "asc" }, { category: "asc" }],
    select: { indicatorCode: true, year: true, areaCode: true, category: true, status: true, count: true, base: true, rate: true },
  });
}

describe.each(TEST_TARGETS)("publishing a release on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let highs: Highs;
  let register: string;
  let options: PublishOptions;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
    highs = await loadHighs();
    await importAreas(db.prisma, [demoSource("buurten")], MAASHORST);
    await importCbsTable(db.prisma, demoSource("cbsFields"), demoSource("cbsFigures"), { gemeenteCode: "GM1991", tableId: "85984NED", year: 2024 });
    const catalogueFile = importSource(DEFAULT_CATALOGUE, fs.readFileSync(DEFAULT_CATALOGUE, "utf8"));
    const catalogue = parseCatalogue(catalogueFile.content, catalogueFile.file);
    await writeCatalogue(db.prisma, catalogue, catalogueFile);
    const input = await loadDemoRegisterInput(db.prisma, "GM1991", 2022);
    register = toRegisterCsv(generateRegisterCounts({ ...input, catalogue, years: [2023, 2024], seed: "test" }));
    options = { gemeenteCode: "GM1991", divisionYear: 2022, parameters: DEFAULT_PARAMETERS, salt: SALT, isDemo: false, highs };
  }, 240_000);
  afterAll(() => dispose());

  it("publishes only rounded values with a status, and makes the release current", async () => {
    const outcome = await publishRelease(db, importSource("register.csv", register), options);
    expect(outcome.releaseId).not.toBeNull();
    expect(outcome.verification?.passed).toBe(true);
    const current = await getCurrentRelease(db.prisma);
    expect(current).toMatchObject({ id: outcome.releaseId, isDemo: false, years: [2023, 2024] });

    const rows = await releaseRows(db, outcome.releaseId!);
    expect(rows.length).toBe(outcome.plan.values);
    for (const row of rows) {
      if (row.status === "SUPPRESSED") {
        expect(row.count, `${row.indicatorCode} ${row.areaCode}`).toBeNull();
        expect(row.rate).toBeNull();
      } else {
        expect(row.count! % 5).toBe(0);
        if (row.rate !== null) expect(row.base!).toBeGreaterThanOrEqual(100);
      }
      expect(row.base! % 5).toBe(0);
    }
    // Nothing of the raw file is kept, not even its hash: only an HMAC with the secret salt.
    const release = await db.prisma.release.findUniqueOrThrow({ where: { id: outcome.releaseId! } });
    expect(JSON.stringify(release)).not.toContain(importSource("register.csv", register).sha256);
    expect(JSON.stringify(release)).not.toContain(SALT);
  }, 240_000);

  it("gives a byte-identical release for the same input and salt, and supersedes the previous one", async () => {
    const before = await getCurrentRelease(db.prisma);
    const outcome = await publishRelease(db, importSource("register.csv", register), options);
    expect(await releaseRows(db, outcome.releaseId!)).toEqual(await releaseRows(db, before!.id));
    const statuses = await db.prisma.release.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } });
    expect(statuses.filter((release) => release.status === "CURRENT")).toEqual([{ id: outcome.releaseId, status: "CURRENT" }]);
    expect(statuses.find((release) => release.id === before!.id)?.status).toBe("SUPERSEDED");
  }, 240_000);

  it("passes the independent re-audit from the database alone", async () => {
    const release = await db.prisma.release.findFirstOrThrow({ where: { status: "CURRENT" } });
    const result = verifyTables(await loadReleaseTables(db, release), DEFAULT_PARAMETERS, highs);
    expect(result).toMatchObject({ passed: true, criteria: "attacker-view" });
    expect(result.hiddenCells).toBeGreaterThan(0);
  }, 240_000);

  it("refuses a register with an error and changes nothing", async () => {
    const current = await getCurrentRelease(db.prisma);
    const count = await db.prisma.publishedValue.count();
    const [, base] = register.match(/\nBU19910101,wmo_totaal,2024,totaal,\d+,(\d+)/)!;
    const tooMany = String(Number(base) + 1);
    const broken = register.replace(/\n(BU19910101,wmo_totaal,2024,totaal,)\d+,(\d+)/, `\n$1${tooMany},$2`);
    expect(broken).not.toBe(register);
    const failure = await publishRelease(db, importSource("register.csv", broken), options).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as ImportError).problems[0]).toMatchObject({ key: "countAboveBase", code: "BU19910101" });
    // The message names the position; neither the count nor the base is repeated.
    for (const problem of (failure as ImportError).problems) {
      const said = [problem.code, problem.name, ...Object.values(problem.values ?? {})].map(String);
      expect(said.some((text) => text.includes(tooMany) || text.includes(base!))).toBe(false);
    }
    expect(await getCurrentRelease(db.prisma)).toEqual(current);
    expect(await db.prisma.publishedValue.count()).toBe(count);
  }, 240_000);
});
