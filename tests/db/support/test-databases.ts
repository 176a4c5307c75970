import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/database-target.ts";
import { type Database, openDatabase } from "@/lib/db/open-database.ts";

// Every repository test runs twice: on the embedded default (PGlite in a temporary
// directory) and on the PostgreSQL server every machine of this project runs. Each test
// database is created for the test and dropped after it.

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestTarget {
  name: string;
  /** A fresh, empty database (no migrations applied) and a function that removes it. */
  create(): Promise<{ target: DatabaseTarget; remove(): Promise<void> }>;
}

export const embeddedTarget: TestTarget = {
  name: "embedded PGlite",
  async create() {
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), "buurtbeeld-test-"));
    const dataDir = path.join(parent, "pglite");
    return { target: { kind: "pglite", dataDir }, remove: () => fs.rm(parent, { recursive: true, force: true }) };
  },
};

export const postgresTarget: TestTarget = {
  name: "PostgreSQL server",
  async create() {
    const name = `buurtbeeld_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      target: { kind: "postgres", url: url.toString() },
      async remove() {
        const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await client.end();
        }
      },
    };
  },
};

export const TEST_TARGETS = [embeddedTarget, postgresTarget];

/** Opens a fresh database of the target with all migrations applied. */
export async function openMigratedDatabase(testTarget: TestTarget): Promise<{ db: Database; dispose(): Promise<void> }> {
  const { target, remove } = await testTarget.create();
  const db = await openDatabase(target);
  await db.migrate();
  return {
    db,
    async dispose() {
      await db.close();
      await remove();
    },
  };
}
