import type { Database } from "../open-database.ts";
import { readMigrations } from "./read-migrations.ts";
import { NO_FILTER, readSchemaText, withSchemaEngine } from "./schema-engine.ts";

export interface MigrationStatus {
  upToDate: boolean;
  pending: string[];
  failed: string[];
  edited: string[];
  summary: string;
}

/** What `prisma migrate status` reports, from the same engine and the same table. */
export async function migrationStatus(db: Database, root = process.cwd()): Promise<MigrationStatus> {
  const [schemaText, migrationsList] = await Promise.all([readSchemaText(root), readMigrations(root)]);
  const diagnosis = await db.withMigrationAdapter((factory) =>
    withSchemaEngine(factory, schemaText, (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER }),
    ),
  );
  const history = diagnosis.history;
  const pending =
    history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge" ? history.unappliedMigrationNames : [];
  const unknown =
    history?.diagnostic === "migrationsDirectoryIsBehind" || history?.diagnostic === "historiesDiverge"
      ? history.unpersistedMigrationNames
      : [];
  const lines = [`${migrationsList.migrationDirectories.length} migrations in prisma/migrations.`];
  if (pending.length) lines.push(`Not yet applied: ${pending.join(", ")}`);
  if (unknown.length) lines.push(`Applied to the database but missing from prisma/migrations: ${unknown.join(", ")}`);
  if (diagnosis.failedMigrationNames.length) lines.push(`Failed: ${diagnosis.failedMigrationNames.join(", ")}`);
  if (diagnosis.editedMigrationNames.length) lines.push(`Edited after being applied: ${diagnosis.editedMigrationNames.join(", ")}`);
  const upToDate = !history && diagnosis.failedMigrationNames.length === 0 && diagnosis.editedMigrationNames.length === 0;
  if (upToDate) lines.push("Database schema is up to date.");
  return {
    upToDate,
    pending,
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
    summary: lines.join("\n"),
  };
}

export async function resolveMigration(
  db: Database,
  resolution: { rolledBack: string } | { applied: string },
  root = process.cwd(),
): Promise<void> {
  const [schemaText, migrationsList] = await Promise.all([readSchemaText(root), readMigrations(root)]);
  await db.withMigrationAdapter((factory) =>
    withSchemaEngine(factory, schemaText, async (engine) => {
      if ("rolledBack" in resolution) await engine.markMigrationRolledBack({ migrationName: resolution.rolledBack });
      else await engine.markMigrationApplied({ migrationName: resolution.applied, migrationsList });
    }),
  );
}
