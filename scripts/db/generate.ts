import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

// `prisma generate` never runs the native schema engine, but the CLI looks for it and
// tries to download it unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file. The
// generated client itself needs no binary (wasm query compiler plus a driver adapter).
const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? cli },
});
process.exit(result.status ?? 1);
