import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";

// The schema engine drives migrations through a driver adapter. The stock adapters have
// bugs on this path (not in the app's own queries), recorded in
// ../shared/design/offline-toolchain.md; each override below names the one it fixes.

const POSTGRES_CHAR_OID = 18;
const POSTGRES_TEXT_OID = 25;

interface PostgresErrorFields {
  code?: string;
  severity?: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
}

function toDriverError(error: unknown): DriverAdapterError {
  const e = error as PostgresErrorFields;
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code ?? "XX000",
    severity: e.severity ?? "ERROR",
    message: e.message,
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

/** Replaces executeScript so a migration script runs as one transaction or not at all. */
function withAtomicScript(adapter: SqlDriverAdapter, run: (script: string) => Promise<void>): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "executeScript") return run;
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function pgliteMigrationAdapterFactory(db: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(db);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      // Bug 1: pglite-prisma-adapter's executeScript does not await exec, so a failing
      // migration would be recorded as applied.
      return withAtomicScript(await inner.connect(), async (script) => {
        try {
          await db.transaction(async (tx) => {
            await tx.exec(script);
          });
        } catch (error) {
          throw toDriverError(error);
        }
      });
    },
    connectToShadowDb: connectToMemoryShadow,
  };
  return factory;
}

/** A scratch database in memory: where history is replayed to diff it against the schema. */
async function connectToMemoryShadow(): Promise<SqlDriverAdapter> {
  const db = await PGlite.create();
  const adapter = await pgliteMigrationAdapterFactory(db).connect();
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "dispose") return () => db.close();
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Makes "char" columns (OID 18) from the engine's catalog queries read as text. */
function mapCharColumnsToText(result: pg.QueryResult | pg.QueryResult[] | undefined): void {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID === POSTGRES_CHAR_OID) field.dataTypeID = POSTGRES_TEXT_OID;
    }
  }
}

function patchCharType(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
    const returned = original(...args);
    // Callback-style calls (pg's pool uses them internally) return nothing to patch.
    if (returned instanceof Promise) return returned.then((result) => (mapCharColumnsToText(result), result));
    return returned;
  };
}

export interface PostgresMigrationConnection {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export function postgresMigrationAdapterFactory(url: string): PostgresMigrationConnection {
  // One connection only: the engine's session advisory lock and the migration script
  // must share it, and an idle timeout must not drop the lock halfway.
  const pool = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0 });
  // Bug 4: @prisma/adapter-pg cannot map Postgres's "char" type.
  pool.on("connect", patchCharType);
  const inner = new PrismaPg(pool);

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      // Bug 2: adapter-pg splits scripts on every ";" and runs the pieces in autocommit.
      return withAtomicScript(await inner.connect(), async (script) => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          await client.query(script);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw toDriverError(error);
        } finally {
          client.release();
        }
      });
    },
    // Bug 3: adapter-pg's shadow database connects to the main database instead.
    connectToShadowDb: connectToMemoryShadow,
  };
  return { factory, close: () => pool.end() };
}
