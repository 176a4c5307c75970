import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon, { type Result } from "autocannon";
import { z } from "zod";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { onCleanUp, runBench } from "./support/cleanup.ts";
import { describeMachine, expectPage, machine, startPortal, writeResults } from "./support/portal.ts";
import { startNode } from "./support/processes.ts";

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
const WARMUP_SECONDS = 3;

// Paths below are relative to the repository, wherever the script is started from.
process.chdir(fileURLToPath(new URL("..", import.meta.url)));

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
  const portal = await startPortal({ build: !args["no-build"], firstPort: args.port, checkPath: PAGE });
  const dynamicUrl = `${portal.origin}${PAGE}`;
  const response = await expectPage(dynamicUrl, EXPECTED_TEXT);
  // Kept as bytes: the static server must send exactly what the portal sent.
  const html = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get("content-type") ?? "text/html; charset=utf-8";

  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "buurtbeeld-bench-"));
  onCleanUp(() => fs.rm(tempDir, { recursive: true, force: true }));
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

  const measuredOn = machine();
  console.log("");
  console.log(`Buurtbeeld buurt page benchmark, ${new Date().toISOString()}`);
  console.log(`machine: ${describeMachine(measuredOn)}`);
  console.log(`page:    ${PAGE}, ${html.byteLength} bytes of HTML (${contentType})`);
  console.log(`load:    autocannon, ${connections} connections, ${duration} s per server, one server at a time`);
  console.log("");
  printTable([["next start", dynamic], ["static file", plain]], ratio);

  if (args.json) {
    const report = { date: new Date().toISOString(), machine: measuredOn, page: PAGE, htmlBytes: html.byteLength, connections, duration, dynamic, static: plain, ratio };
    await writeResults(args.json, report);
  }

  const failed = dynamic.errors + dynamic.non2xx + plain.errors + plain.non2xx;
  if (failed > 0) console.error(`\n${failed} requests failed: the figures above are not trustworthy.`);
  return failed > 0 ? 1 : 0;
}

await runBench(main);
