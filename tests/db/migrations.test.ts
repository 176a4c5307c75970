import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MigrationFailedError } from "@/lib/db/migrations/apply-migrations.ts";
import { diffSchemaAgainstMigrations, isEmptyMigration } from "@/lib/db/migrations/create-migration.ts";
import { migrationStatus } from "@/lib/db/migrations/migration-status.ts";
import { type Database, openDatabase } from "@/lib/db/open-database.ts";
import { TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const MIGRATIONS = path.resolve("prisma/migrations");

async function committedMigrationNames(): Promise<string[]> {
  const entries = await fs.readdir(MIGRATIONS, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** A copy of the project's prisma folder with one extra migration, to break on purpose. */
async function projectWithExtraMigration(name: string, sql: string): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "buurtbeeld-migrations-"));
  await fs.cp(path.resolve("prisma"), path.join(root, "prisma"), { recursive: true });
  await fs.mkdir(path.join(root, "prisma", "migrations", name));
  await fs.writeFile(path.join(root, "prisma", "migrations", name, "migration.sql"), sql);
  return root;
}

async function tableExists(db: Database, table: string): Promise<boolean> {
  const rows = await db.prisma.$queryRawUnsafe<{ found: string | null }[]>(`SELECT to_regclass('"${table}"')::text AS found`);
  return rows[0]?.found !== null && rows[0]?.found !== undefined;
}

describe.each(TEST_TARGETS)("migrations on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let remove: () => Promise<void>;
  const roots: string[] = [];

  beforeEach(async () => {
    const created = await testTarget.create();
    remove = created.remove;
    db = await openDatabase(created.target);
  });

  afterEach(async () => {
    await db.close();
    await remove();
    await Promise.all(roots.splice(0).map((root) => fs.rm(root, { recursive: true, force: true })));
  });

  it("applies every committed migration once and records it like the Prisma CLI", async () => {
    const names = await committedMigrationNames();
    expect(await db.migrate()).toEqual(names);
    expect(await db.migrate()).toEqual([]);
    expect((await migrationStatus(db)).upToDate).toBe(true);

    const recorded = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    for (const row of recorded) {
      const sql = await fs.readFile(path.join(MIGRATIONS, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    }
    expect(recorded.map((row) => row.migration_name)).toEqual(names);
  });

  it("reports a pending migration before it is applied", async () => {
    const root = await projectWithExtraMigration("29990101000000_add_probe", 'CREATE TABLE "Probe" (id int);');
    roots.push(root);
    await db.migrate();
    const status = await migrationStatus(db, root);
    expect(status.upToDate).toBe(false);
    expect(status.pending).toEqual(["29990101000000_add_probe"]);
  });

  it("leaves nothing behind when a migration fails halfway, and applies it once it is fixed", async () => {
    await db.migrate();
    await db.prisma.importLog.create({ data: { kind: "probe", fileName: "before.json", sha256: "0".repeat(64), summary: {} } });

    const name = "29990101000000_breaks_halfway";
    const root = await projectWithExtraMigration(
      name,
      [
        'CREATE TABLE "HalfDone" (id int PRIMARY KEY);',
        'INSERT INTO "HalfDone" VALUES (1);',
        'ALTER TABLE "ImportLog" ADD COLUMN "note" text;',
        'CREATE TABLE "Broken" (id int REFERENCES "DoesNotExist"(id));',
      ].join("\n"),
    );
    roots.push(root);

    const failure = await db.migrate(root).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationFailedError);
    expect((failure as MigrationFailedError).migrationNames).toEqual([name]);
    expect((failure as Error).message).toContain("DoesNotExist");

    expect(await tableExists(db, "HalfDone")).toBe(false);
    const columns = await db.prisma.$queryRawUnsafe<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'ImportLog'`,
    );
    expect(columns.map((column) => column.column_name)).not.toContain("note");
    expect(await db.prisma.importLog.count()).toBe(1);
    const status = await migrationStatus(db, root);
    expect(status.failed).toEqual([]);
    expect(status.pending).toEqual([name]);

    await fs.writeFile(
      path.join(root, "prisma", "migrations", name, "migration.sql"),
      'CREATE TABLE "HalfDone" (id int PRIMARY KEY);\nINSERT INTO "HalfDone" VALUES (1);\n',
    );
    expect(await db.migrate(root)).toEqual([name]);
    expect(await tableExists(db, "HalfDone")).toBe(true);
  });

  it("runs scripts with semicolons inside strings and function bodies as written", async () => {
    await db.migrate();
    const root = await projectWithExtraMigration(
      "29990101000000_tricky_sql",
      [
        "CREATE TABLE \"Tricky\" (note text);",
        "INSERT INTO \"Tricky\" VALUES ('a;b');",
        "CREATE FUNCTION tricky_count() RETURNS bigint LANGUAGE plpgsql AS $$",
        "BEGIN",
        "  RETURN (SELECT count(*) FROM \"Tricky\" WHERE note = 'a;b');",
        "END;",
        "$$;",
      ].join("\n"),
    );
    roots.push(root);
    await db.migrate(root);
    const [row] = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT tricky_count() AS n`);
    expect(Number(row!.n)).toBe(1);
  });
});

describe("the committed migration history", () => {
  it("matches prisma/schema.prisma, so no schema change is missing a migration", async () => {
    const sql = await diffSchemaAgainstMigrations();
    expect(isEmptyMigration(sql), `pending schema changes:\n${sql}`).toBe(true);
  });
});
