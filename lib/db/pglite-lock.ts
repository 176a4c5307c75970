import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Two processes writing one PGlite directory silently lose acknowledged rows, so the
// directory gets an exclusive owner. The lock file lives beside the data directory, so
// it never ends up inside PostgreSQL's own files.

export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${ownerPid}. ` +
        "Only one process may open it: stop that process (for example the running portal) and try again, " +
        "or set DATABASE_URL to a PostgreSQL server to share one database between processes.",
    );
    this.name = "DatabaseLockedError";
  }
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export function lockFilePath(dataDir: string): string {
  return `${dataDir}.lock`;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LockOwner>;
    if (typeof owner.pid === "number" && typeof owner.host === "string") return owner as LockOwner;
  } catch {
    // A half-written or unreadable lock file belongs to nobody.
  }
  return undefined;
}

function isAlive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock or throws DatabaseLockedError; returns the function that releases it. */
export function acquirePgliteLock(dataDir: string): () => void {
  const file = lockFilePath(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener("exit", release);
        const owner = readOwner(file);
        if (owner?.pid === me.pid && owner.host === me.host) fs.rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(file);
      if (owner && isAlive(owner)) throw new DatabaseLockedError(dataDir, owner.pid);
      // The owner died without cleaning up (SIGKILL, power loss): take over once.
      fs.rmSync(file, { force: true });
    }
  }
  const owner = readOwner(file);
  throw new DatabaseLockedError(dataDir, owner?.pid ?? -1);
}
