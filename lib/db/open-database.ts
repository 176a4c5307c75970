import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client.ts";
import { type DatabaseTarget, readDatabaseTarget } from "./database-target.ts";
import { applyMigrations } from "./migrations/apply-migrations.ts";
import { pgliteMigrationAdapterFactory, postgresMigrationAdapterFactory } from "./migrations/migration-adapters.ts";
import { acquirePgliteLock } from "./pglite-lock.ts";

export interface Database {
  target: DatabaseTarget;
  prisma: PrismaClient;
  /** Lends the schema engine an adapter with the migration fixes applied. */
  withMigrationAdapter<T>(work: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>): Promise<T>;
  /** Applies pending migrations; returns the names it applied. */
  migrate(root?: string): Promise<string[]>;
  close(): Promise<void>;
}

async function openPglite(dataDir: string): Promise<Database> {
  const release = acquirePgliteLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    target: { kind: "pglite", dataDir },
    prisma,
    withMigrationAdapter: (work) => work(pgliteMigrationAdapterFactory(pglite)),
    migrate: (root) => applyMigrations(pgliteMigrationAdapterFactory(pglite), root),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

function openPostgres(url: string): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const withMigrationAdapter: Database["withMigrationAdapter"] = async (work) => {
    const connection = postgresMigrationAdapterFactory(url);
    try {
      return await work(connection.factory);
    } finally {
      await connection.close();
    }
  };
  return {
    target: { kind: "postgres", url },
    prisma,
    withMigrationAdapter,
    migrate: (root) => withMigrationAdapter((factory) => applyMigrations(factory, root)),
    close: () => prisma.$disconnect(),
  };
}

/** Opens the embedded database (taking its lock) or connects to PostgreSQL. */
export async function openDatabase(target: DatabaseTarget = readDatabaseTarget()): Promise<Database> {
  return target.kind === "pglite" ? openPglite(target.dataDir) : openPostgres(target.url);
}
