import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { readMigrations } from "./read-migrations.ts";
import { NO_FILTER, readSchemaText, withSchemaEngine } from "./schema-engine.ts";

export class MigrationFailedError extends Error {
  constructor(
    readonly migrationNames: string[],
    reason: string,
  ) {
    super(
      migrationNames.length > 0
        ? `Migration ${migrationNames.join(", ")} failed and was rolled back; the database is unchanged. ${reason}`
        : `Applying migrations failed: ${reason}`,
    );
    this.name = "MigrationFailedError";
  }
}

/** The engine appends a Rust span trace ("   0: sql_schema_connector::…"); users need the first lines. */
function engineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\n\s+0: /)[0]!.trim();
}

/**
 * Applies pending migrations from prisma/migrations. Every migration script runs in one
 * transaction, and one that fails is marked rolled back, so the database is left as it
 * was and the next start retries it.
 */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  root = process.cwd(),
): Promise<string[]> {
  const [schemaText, migrationsList] = await Promise.all([readSchemaText(root), readMigrations(root)]);
  return withSchemaEngine(factory, schemaText, async (engine) => {
    const diagnose = () =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER });

    const before = await diagnose();
    if (before.failedMigrationNames.length > 0) {
      throw new MigrationFailedError(
        [],
        `the database records failed migrations from another tool (${before.failedMigrationNames.join(", ")}); ` +
          "inspect them and resolve with `npm run db:migrate:resolve -- --rolled-back NAME`.",
      );
    }
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      return appliedMigrationNames;
    } catch (error) {
      const after = await diagnose().catch(() => before);
      const failed = after.failedMigrationNames.filter((name) => !before.failedMigrationNames.includes(name));
      for (const migrationName of failed) await engine.markMigrationRolledBack({ migrationName });
      throw new MigrationFailedError(failed, engineMessage(error));
    }
  });
}
