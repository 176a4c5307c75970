import fs from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";

export const MIGRATIONS_DIR = path.join("prisma", "migrations");
const LOCKFILE = "migration_lock.toml";

/** Reads prisma/migrations in the layout the Prisma CLI uses, so both tools share it. */
export async function readMigrations(root = process.cwd()): Promise<MigrationList> {
  const baseDir = path.join(root, MIGRATIONS_DIR);
  const entries = await fs.readdir(baseDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  const migrationDirectories = await Promise.all(
    directories.map(async (name) => {
      const file = path.join(baseDir, name, "migration.sql");
      const content = await fs
        .readFile(file, "utf8")
        .then((value) => ({ tag: "ok" as const, value }))
        .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );

  const lockfileContent = await fs.readFile(path.join(baseDir, LOCKFILE), "utf8").catch(() => null);
  return {
    baseDir,
    lockfile: { path: LOCKFILE, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
