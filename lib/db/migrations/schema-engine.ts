import fs from "node:fs/promises";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's own schema engine compiled to wasm: the same migrations table, checksums and
// advisory lock as the native CLI, without downloading a binary. Its ESM entry imports a
// .wasm file, which Node 20 cannot do, so the module is instantiated by hand.

type EngineModule = typeof import("@prisma/schema-engine-wasm");

const ENGINE_KEY = Symbol.for("buurtbeeld.schemaEngineModule");
type EngineGlobal = typeof globalThis & { [ENGINE_KEY]?: Promise<EngineModule> };

async function instantiateEngine(): Promise<EngineModule> {
  // Resolved from the project root at run time so bundlers leave the wasm where it is
  // (webpack would turn an imported createRequire's resolve into its own, which finds nothing).
  const { createRequire } = process.getBuiltinModule("node:module");
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bindingsPath)) as EngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = new Uint8Array(await fs.readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm")));
  const instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes), {
    "./schema_engine_bg.js": bindings as never,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

function loadEngineModule(): Promise<EngineModule> {
  const store = globalThis as EngineGlobal;
  store[ENGINE_KEY] ??= instantiateEngine();
  return store[ENGINE_KEY];
}

export const SCHEMA_PATH = path.join("prisma", "schema.prisma");

export async function readSchemaText(root = process.cwd()): Promise<string> {
  return fs.readFile(path.join(root, SCHEMA_PATH), "utf8");
}

/** Opens the engine on an adapter, runs `work`, and frees the engine whatever happens. */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaText: string,
  work: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const module = await loadEngineModule();
  const engine = await module.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };
