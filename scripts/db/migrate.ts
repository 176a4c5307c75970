import { z } from "zod";
import { parseCliArgs } from "../../lib/cli/parse-cli-args.ts";
import { runCli, UsageError } from "../../lib/cli/run-cli.ts";
import { describeDatabaseTarget } from "../../lib/db/database-target.ts";
import { createMigration, diffSchemaAgainstMigrations, isEmptyMigration } from "../../lib/db/migrations/create-migration.ts";
import { migrationStatus, resolveMigration } from "../../lib/db/migrations/migration-status.ts";
import { openDatabase } from "../../lib/db/open-database.ts";

const USAGE = `Usage: npm run db:migrate[:create|:status|:check|:resolve] -- [options]

  db:migrate                     apply pending migrations to the configured database
  db:migrate:create -- --name N  write prisma/migrations/<timestamp>_N for schema changes
  db:migrate:status              compare the database with prisma/migrations (exit 1 if behind)
  db:migrate:check               check that prisma/migrations matches prisma/schema.prisma,
                                 in memory, without any database (exit 1 on drift)
  db:migrate:resolve -- --rolled-back NAME | --applied NAME

The database is the embedded one (PGLITE_DIR, default .data/pglite) unless DATABASE_URL
names a PostgreSQL server. Nothing downloads a Prisma engine: the schema engine runs as wasm.`;

const Args = z.object({
  positionals: z.array(z.enum(["deploy", "create", "status", "check", "resolve"])).length(1),
  name: z.string().regex(/^[a-z0-9_]+$/, { message: "lower-case letters, digits and underscores" }).optional(),
  draft: z.boolean().optional(),
  "rolled-back": z.string().optional(),
  applied: z.string().optional(),
  help: z.boolean().optional(),
});

await runCli(async () => {
  const args = parseCliArgs(
    process.argv.slice(2),
    {
      name: { type: "string" },
      draft: { type: "boolean" },
      "rolled-back": { type: "string" },
      applied: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    Args,
    USAGE,
  );
  const command = args.positionals[0]!;

  if (command === "create") {
    if (!args.name) throw new UsageError(`--name is required.\n\n${USAGE}`);
    const created = await createMigration(args.name, { draft: args.draft });
    process.stdout.write(created ? `Created ${created.file}\n` : "The schema has no changes: no migration written.\n");
    return;
  }
  if (command === "check") {
    const sql = await diffSchemaAgainstMigrations();
    if (isEmptyMigration(sql)) {
      process.stdout.write("prisma/migrations matches prisma/schema.prisma.\n");
      return;
    }
    process.stderr.write(`prisma/schema.prisma has changes that no migration records:\n\n${sql}\nRun npm run db:migrate:create -- --name <what_changed>.\n`);
    process.exitCode = 1;
    return;
  }

  const db = await openDatabase();
  try {
    process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
    if (command === "deploy") {
      const applied = await db.migrate();
      process.stdout.write(applied.length ? `Applied ${applied.join(", ")}\n` : "No pending migrations.\n");
    } else if (command === "status") {
      const status = await migrationStatus(db);
      process.stdout.write(`${status.summary}\n`);
      if (!status.upToDate) process.exitCode = 1;
    } else {
      const rolledBack = args["rolled-back"];
      const applied = args.applied;
      if (!rolledBack === !applied) throw new UsageError(`Give exactly one of --rolled-back NAME or --applied NAME.\n\n${USAGE}`);
      await resolveMigration(db, rolledBack ? { rolledBack } : { applied: applied! });
      process.stdout.write("Resolved.\n");
    }
  } finally {
    await db.close();
  }
});
