import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open-database.ts";
import { DatabaseLockedError, lockFilePath } from "@/lib/db/pglite-lock.ts";
import { demoDataDir, DEMO_FILES } from "@/lib/demo/demo-data.ts";

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), ...args], {
      env: { ...process.env, ...env, DATABASE_URL: "" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}

describe("one owner per embedded database directory", () => {
  let parent: string;
  let dataDir: string;

  beforeEach(async () => {
    parent = await fs.mkdtemp(path.join(os.tmpdir(), "buurtbeeld-lock-"));
    dataDir = path.join(parent, "pglite");
  });
  afterEach(() => fs.rm(parent, { recursive: true, force: true }));

  it("refuses a second opening in the same process with a message naming the directory and owner", async () => {
    const db = await openDatabase({ kind: "pglite", dataDir });
    try {
      const second = await openDatabase({ kind: "pglite", dataDir }).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(DatabaseLockedError);
      expect((second as Error).message).toContain(dataDir);
      expect((second as Error).message).toContain(`process ${process.pid}`);
    } finally {
      await db.close();
    }
    const again = await openDatabase({ kind: "pglite", dataDir });
    await again.close();
  });

  it("makes another process fail fast while the portal holds the database, and lets it in afterwards", async () => {
    const buurten = path.join(demoDataDir(), DEMO_FILES.buurten);
    const db = await openDatabase({ kind: "pglite", dataDir });
    let locked: Awaited<ReturnType<typeof run>>;
    try {
      locked = await run(["scripts/import-areas.ts", buurten], { ...process.env, PGLITE_DIR: dataDir });
    } finally {
      await db.close();
    }
    expect(locked.code).toBe(3);
    expect(locked.stderr).toContain(`The embedded database at ${dataDir} is in use by process ${process.pid}`);
    expect(locked.stderr).toContain("DATABASE_URL");
    // Fails fast: no waiting for a timeout (the child's own start-up dominates).
    expect(locked.ms).toBeLessThan(15_000);

    const free = await run(["scripts/import-areas.ts", buurten], { ...process.env, PGLITE_DIR: dataDir });
    expect(free.stderr).not.toContain("in use by process");
    expect(free.code).toBe(0);
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    await fs.mkdir(parent, { recursive: true });
    await fs.writeFile(lockFilePath(dataDir), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), since: "2026-01-01" }));
    const db = await openDatabase({ kind: "pglite", dataDir });
    await db.close();
    await expect(fs.access(lockFilePath(dataDir))).rejects.toThrow();
  });
});
