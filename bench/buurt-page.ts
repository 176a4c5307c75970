import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon, { type Result } from "autocannon";
import { z } from "zod";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { UsageError } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { demoDataDir, importDemoData } from "../lib/demo/demo-data.ts";

// Not a timed test: it prints figures for a person to read. The absolute numbers depend
// on the machine, so the portal is measured next to a static file server sending the
// very same HTML in the same run; the ratio between the two is the figure that travels.

const USAGE = `Usage: npm run bench:buurt-page -- [options]

Builds the portal, serves a buurt page from "next start" on the demo data and the same
HTML from a plain static file server, and prints requests/s and latency of both.

  --no-build          reuse the build in .next-bench instead of building again
  --duration S        seconds of measurement per server (default 10)
  --connections N     concurrent connections (default 10)
  --port P            first port to try for the portal (default 3400)
  --json FILE         also write the figures to bench/results/FILE`;

const Args = z.object({
  positionals: z.array(z.string()).length(0),
  "no-build": z.boolean().optional(),
  duration: z.coerce.number().int().positive().default(10),
  connections: z.coerce.number().int().positive().default(10),
  port: z.coerce.number().int().min(1024).max(65000).default(3400),
  json: z.string().min(1).optional(),
  help: z.boolean().optional(),
});

const PAGE = "/nl/buurten/BU19910101";
const EXPECTED_TEXT = "Centrum";
// Its own build directory, so a benchmark never replaces the .next someone is serving.
const DIST_DIR = ".next-bench";
const WARMUP_SECONDS = 3;

// Paths below are relative to the repository, wherever the script is started from.
process.chdir(fileURLToPath(new URL("..", import.meta.url)));

// Everything started or created registers how to undo it; undone in reverse order on
// success, failure and Ctrl-C alike, so no server or database directory is left behind.
const undo: Array<() => Promise<unknown>> = [];
let cleaning: Promise<void> | undefined;
let interrupted: number | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of undo.reverse()) {
      await step().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
    }
  })();
  return cleaning;
}
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.once(signal, () => {
    interrupted = code;
    console.error(`\n${signal}: stopping the servers`);
    void cleanUp().finally(() => process.exit(code));
  });
}

interface Started {
  child: ChildProcess;
  exited: Promise<string>;
}

function startNode(args: string[], env: NodeJS.ProcessEnv, stdout: "inherit" | "pipe"): Started {
  // detached: the child leads its own process group, so stopping the group also ends any
  // worker it forked, and a Ctrl-C reaches only us, which then stops it in order.
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", stdout, "inherit"], detached: true });
  const exited = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
  );
  undo.push(() => stopGroup(child, exited));
  return { child, exited };
}

async function stopGroup({ pid, exitCode, signalCode }: ChildProcess, exited: Promise<string>) {
  if (pid === undefined || exitCode !== null || signalCode !== null) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup("SIGTERM");
  const force = setTimeout(() => signalGroup("SIGKILL"), 5_000);
  await exited;
  clearTimeout(force);
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { exited } = startNode(args, env, "inherit");
  return exited.then((how) => {
    if (how !== "code 0") throw new Error(`node ${args.join(" ")} ended with ${how}`);
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${from}-${from + 99}`);
}

/** Resolves once the server answers HTTP at all; the page itself is checked afterwards. */
async function waitUntilAnswering(url: string, server: Started, seconds: number) {
  let gone: string | undefined;
  void server.exited.then((how) => (gone = how));
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server ended (${gone}) before it answered ${url}`);
    const answered = await fetch(url)
      .then((response) => response.body?.cancel().then(() => true) ?? true)
      .catch(() => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

async function startStaticServer(file: string, contentType: string): Promise<number> {
  const server = startNode(["--import", "tsx", "bench/static-server.ts", file, contentType], process.env, "pipe");
  const firstLine = readline.createInterface({ input: server.child.stdout! })[Symbol.asyncIterator]().next();
  const line = await Promise.race([
    firstLine.then((next) => String(next.value ?? "")),
    server.exited.then((how) => `ended with ${how}`),
  ]);
  const port = Number(/^listening (\d+)$/.exec(line)?.[1]);
  if (!port) throw new Error(`the static server did not start: ${line}`);
  return port;
}

interface Figures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

async function measure(url: string, connections: number, duration: number): Promise<Figures> {
  // The warm-up lets the JIT and the server's caches settle; autocannon discards it.
  const result: Result = await autocannon({
    url,
    connections,
    duration,
    warmup: { connections, duration: Math.min(WARMUP_SECONDS, duration) },
  });
  return {
    requestsPerSecond: result.requests.mean,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    // autocannon counts timeouts among the errors.
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function printTable(rows: Array<[string, Figures]>, ratio: { requestsPerSecond: number; latencyP99: number | null }) {
  const line = (cells: string[]) => console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(16) : cell.padStart(16))).join(""));
  line(["server", "req/s (mean)", "p50 ms", "p99 ms", "errors/non-2xx"]);
  for (const [name, f] of rows) {
    line([name, f.requestsPerSecond.toFixed(1), String(f.latencyP50Ms), String(f.latencyP99Ms), `${f.errors}/${f.non2xx}`]);
  }
  const p99 = ratio.latencyP99 === null ? "n/a" : `${ratio.latencyP99.toFixed(1)}x`;
  line(["dynamic/static", `${ratio.requestsPerSecond.toFixed(4)}x`, "", p99, ""]);
  if (ratio.latencyP99 === null) console.log("(the static p99 was below autocannon's 1 ms resolution)");
}

async function main(): Promise<number> {
  const args = parseCliArgs(
    process.argv.slice(2),
    {
      "no-build": { type: "boolean" },
      duration: { type: "string" },
      connections: { type: "string" },
      port: { type: "string" },
      json: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    Args,
    USAGE,
  );
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  const port = await freePort(args.port);
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
  undo.push(removeDataDir);

  if (!args["no-build"]) {
    console.log(`Building the production server into ${DIST_DIR} ...`);
    // next build adds <distDir>/types to tsconfig.json's include when it is missing; a
    // benchmark must not leave a change in the working tree, so put the file back.
    const tsconfig = await fs.readFile("tsconfig.json", "utf8");
    try {
      await run([nextBin, "build"], env);
    } finally {
      if (tsconfig !== (await fs.readFile("tsconfig.json", "utf8"))) {
        await fs.writeFile("tsconfig.json", tsconfig);
        console.log("(restored tsconfig.json, which next build had rewritten)");
      }
    }
  }

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
  const next = startNode([nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production" }, "inherit");
  const dynamicUrl = `http://127.0.0.1:${port}${PAGE}`;
  await waitUntilAnswering(dynamicUrl, next, 120);

  const response = await fetch(dynamicUrl);
  // Kept as bytes: the static server must send exactly what the portal sent.
  const html = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200 || !new TextDecoder().decode(html).includes(EXPECTED_TEXT)) {
    throw new Error(`${dynamicUrl} answered ${response.status} without "${EXPECTED_TEXT}"; not measuring an error page`);
  }
  const contentType = response.headers.get("content-type") ?? "text/html; charset=utf-8";

  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "buurtbeeld-bench-"));
  undo.push(() => fs.rm(tempDir, { recursive: true, force: true }));
  const htmlFile = path.join(tempDir, "buurt.html");
  await fs.writeFile(htmlFile, html);
  const staticUrl = `http://127.0.0.1:${await startStaticServer(htmlFile, contentType)}/`;

  const { duration, connections } = args;
  console.log(`Measuring ${duration} s per server, ${connections} connections, after a ${Math.min(WARMUP_SECONDS, duration)} s warm-up ...`);
  // One after the other: with both at once they would compete for the same cores.
  const dynamic = await measure(dynamicUrl, connections, duration);
  const plain = await measure(staticUrl, connections, duration);
  const ratio = {
    requestsPerSecond: dynamic.requestsPerSecond / plain.requestsPerSecond,
    latencyP99: plain.latencyP99Ms > 0 ? dynamic.latencyP99Ms / plain.latencyP99Ms : null,
  };

  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage1m: Number(os.loadavg()[0]!.toFixed(2)),
  };
  console.log("");
  console.log(`Buurtbeeld buurt page benchmark, ${new Date().toISOString()}`);
  console.log(`machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, ${machine.platform}, load average ${machine.loadAverage1m}`);
  console.log(`page:    ${PAGE}, ${html.byteLength} bytes of HTML (${contentType})`);
  console.log(`load:    autocannon, ${connections} connections, ${duration} s per server, one server at a time`);
  console.log("");
  printTable([["next start", dynamic], ["static file", plain]], ratio);

  if (args.json) {
    const file = path.join("bench", "results", path.basename(args.json));
    await fs.mkdir(path.dirname(file), { recursive: true });
    const report = { date: new Date().toISOString(), machine, page: PAGE, htmlBytes: html.byteLength, connections, duration, dynamic, static: plain, ratio };
    await fs.writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWrote ${file}`);
  }

  const failed = dynamic.errors + dynamic.non2xx + plain.errors + plain.non2xx;
  if (failed > 0) console.error(`\n${failed} requests failed: the figures above are not trustworthy.`);
  return failed > 0 ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  // After a Ctrl-C the failures are only the servers being stopped underneath us.
  if (interrupted === undefined) console.error(error instanceof Error ? error.message : String(error));
  if (error instanceof UsageError) code = 2;
} finally {
  await cleanUp();
}
// The schema engine used by the import leaves timers running; end explicitly.
process.exit(interrupted ?? code);
