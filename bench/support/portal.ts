import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadMunicipalityConfig } from "../../lib/config/load-municipality-config.ts";
import { openDatabase } from "../../lib/db/open-database.ts";
import { demoDataDir, importDemoData } from "../../lib/demo/demo-data.ts";
import { onCleanUp } from "./cleanup.ts";
import { freePort, runNode, type Started, startNode, waitUntilAnswering } from "./processes.ts";

// Its own build directory, so a benchmark never replaces the .next someone is serving.
export const DIST_DIR = ".next-bench";
const nextBin = () => path.resolve("node_modules/next/dist/bin/next");

export interface Portal {
  port: number;
  origin: string;
  server: Started;
}

/**
 * Builds the portal into DIST_DIR (unless `build` is false), fills a fresh embedded
 * database with the demo data and starts `next start` on 127.0.0.1 on the first free port
 * from `firstPort`. Resolves once `checkPath` answers. Everything is undone at the end.
 * Paths are relative to the repository: the caller chdirs there first.
 */
export async function startPortal({ build, firstPort, checkPath, beforeStart }: {
  build: boolean;
  firstPort: number;
  checkPath: string;
  /** Runs after the build, before the server starts (e.g. to add files to DIST_DIR). */
  beforeStart?: () => Promise<void>;
}): Promise<Portal> {
  const port = await freePort(firstPort);
  const dataDir = path.resolve(".data", `bench-${port}`);
  const removeDataDir = async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
    await fs.rm(`${dataDir}.lock`, { force: true });
  };
  // The build and the server both use the bench database, never the shared .data/pglite
  // (which may be locked by a running portal). An empty DATABASE_URL means "embedded".
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    PGLITE_DIR: dataDir,
    DATABASE_URL: "",
  };
  onCleanUp(removeDataDir);

  if (build) await buildPortal(env);
  await beforeStart?.();

  // The embedded database has one owner at a time: fill it before the server opens it.
  console.log(`Importing the demo data into ${path.relative(process.cwd(), dataDir)} ...`);
  await removeDataDir();
  const db = await openDatabase({ kind: "pglite", dataDir });
  try {
    await importDemoData(db, demoDataDir(), loadMunicipalityConfig());
  } finally {
    await db.close();
  }

  console.log(`Starting next start on port ${port} ...`);
  const server = startNode([nextBin(), "start", "-p", String(port), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production" }, "inherit");
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${origin}${checkPath}`, server, 120);
  return { port, origin, server };
}

async function buildPortal(env: NodeJS.ProcessEnv): Promise<void> {
  console.log(`Building the production server into ${DIST_DIR} ...`);
  // next build adds <distDir>/types to tsconfig.json's include when it is missing; a
  // benchmark must not leave a change in the working tree, so put the file back.
  const tsconfig = await fs.readFile("tsconfig.json", "utf8");
  try {
    await runNode([nextBin(), "build"], env);
  } finally {
    if (tsconfig !== (await fs.readFile("tsconfig.json", "utf8"))) {
      await fs.writeFile("tsconfig.json", tsconfig);
      console.log("(restored tsconfig.json, which next build had rewritten)");
    }
  }
}

/** Fetches a page and throws unless it is a 200 containing `text`: never measure an error page. */
export async function expectPage(url: string, text: string): Promise<Response> {
  const response = await fetch(url);
  const body = await response.clone().text();
  if (response.status !== 200 || !body.includes(text)) {
    throw new Error(`${url} answered ${response.status} without "${text}"; not measuring an error page`);
  }
  return response;
}

/** What the figures were measured on, for the report. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage1m: Number(os.loadavg()[0]!.toFixed(2)),
  };
}

export function describeMachine(m: ReturnType<typeof machine>): string {
  return `${m.cpus} CPUs (${m.cpuModel}), Node ${m.node}, ${m.platform}, load average ${m.loadAverage1m}`;
}

/** Writes a report to bench/results/FILE (git-ignored) and says where. */
export async function writeResults(file: string, report: unknown): Promise<void> {
  const target = path.join("bench", "results", path.basename(file));
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${target}`);
}
