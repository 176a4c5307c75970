import path from "node:path";
import { z } from "zod";

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

const DatabaseEnv = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/.+/, {
          message:
            "DATABASE_URL must be a PostgreSQL URL (postgresql://user@host:5432/db). Leave it unset to use the embedded database.",
        })
        .optional(),
    )
    .optional(),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
});

/**
 * Reads where the data lives. Without DATABASE_URL the portal uses the embedded
 * PGlite directory, so a fresh clone needs no database server.
 */
export function readDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const parsed = DatabaseEnv.safeParse(env);
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid database configuration: ${message}`);
  }
  if (parsed.data.DATABASE_URL) return { kind: "postgres", url: parsed.data.DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(parsed.data.PGLITE_DIR) };
}

/** A description that is safe to print: never the password of a PostgreSQL URL. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded database at ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
