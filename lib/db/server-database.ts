import { type Database, openDatabase } from "./open-database.ts";

// The server process owns the database: it opens it once, applies pending migrations,
// and every request shares that connection. Kept on globalThis because Next.js loads
// instrumentation and route code as separate bundles, each with its own module scope.
const KEY = Symbol.for("buurtbeeld.serverDatabase");
type DatabaseGlobal = typeof globalThis & { [KEY]?: Promise<Database> };

export function getServerDatabase(): Promise<Database> {
  const store = globalThis as DatabaseGlobal;
  store[KEY] ??= (async () => {
    const db = await openDatabase();
    try {
      await db.migrate();
      return db;
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
  })().catch((error: unknown) => {
    // Let the next request try again instead of caching the failure forever.
    delete store[KEY];
    throw error;
  });
  return store[KEY];
}
