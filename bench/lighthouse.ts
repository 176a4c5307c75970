import { fileURLToPath } from "node:url";
import { z } from "zod";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { BARE_MAP_PATH, installBareMap } from "./support/bare-map.ts";
import { runBench } from "./support/cleanup.ts";
import { type LighthouseFigures, launchChrome, runLighthouse } from "./support/lighthouse-run.ts";
import { findMapChunks, type MapChunk, mapCodeIn } from "./support/map-chunks.ts";
import { launchBrowser, timeBareMap, timePortalMap } from "./support/map-timing.ts";
import { describeMachine, expectPage, machine, startPortal, writeResults } from "./support/portal.ts";
import { kib, median } from "./support/stats.ts";

// Not a timed test: it prints figures for a person to read, beside the targets of issue 4.
// Lighthouse's simulated throttling computes its metrics from a trace of an unthrottled
// load, so they move less with the machine than wall-clock times; the map is timed next
// to a bare MapLibre page from the same server, and the ratio is the figure that travels.

const USAGE = `Usage: npm run bench:lighthouse -- [options]

Builds the portal and starts it on the demo data; runs Lighthouse (mobile, simulated
throttling) on the home page and a buurt page, and times the interactive map against a
bare MapLibre page drawing the same GeoJSON from the same server.

  --no-build          reuse the build in .next-bench instead of building again
  --runs N            runs per page and per map (default 3); medians are printed
  --port P            first port to try for the portal (default 3420)
  --json FILE         also write the figures to bench/results/FILE`;

const Args = z.object({
  positionals: z.array(z.string()).length(0),
  "no-build": z.boolean().optional(),
  runs: z.coerce.number().int().positive().max(50).default(3),
  port: z.coerce.number().int().min(1024).max(65000).default(3420),
  json: z.string().min(1).optional(),
  help: z.boolean().optional(),
});

// Text each page must contain, so an error page is never measured.
const PAGES = [
  { name: "home", path: "/nl", expect: "buurtbeeld-map-switch" },
  { name: "buurt", path: "/nl/buurten/BU19910101", expect: "Centrum" },
] as const;
const MAP_PAGE = { path: "/nl/kaart", expect: "buurtbeeld-map-switch" };

const TARGETS = { buurtLcpMs: 1000, cls: 0.02, firstLoadJsBytes: 120 * 1024 };

// Paths below are relative to the repository, wherever the script is started from.
process.chdir(fileURLToPath(new URL("..", import.meta.url)));

interface PageSummary {
  name: string;
  path: string;
  runs: LighthouseFigures[];
  median: { lcpMs: number; cls: number; tbtMs: number; fcpMs: number; speedIndexMs: number; score: number; firstLoadJsBytes: number };
  mapCode: string[];
}

function summarise(name: string, path: string, runs: LighthouseFigures[], chunks: MapChunk[]): PageSummary {
  const of = (pick: (run: LighthouseFigures) => number) => median(runs.map(pick));
  const jsBytes = (run: LighthouseFigures) => run.scripts.reduce((sum, script) => sum + script.transferBytes, 0);
  return {
    name,
    path,
    runs,
    median: {
      lcpMs: of((run) => run.lcpMs),
      cls: of((run) => run.cls),
      tbtMs: of((run) => run.tbtMs),
      fcpMs: of((run) => run.fcpMs),
      speedIndexMs: of((run) => run.speedIndexMs),
      score: of((run) => run.score),
      firstLoadJsBytes: of(jsBytes),
    },
    mapCode: [...new Set(runs.flatMap((run) => mapCodeIn(run.requestUrls, chunks)))],
  };
}

function printPages(pages: PageSummary[]) {
  const line = (cells: string[]) => console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(8) : cell.padStart(13))).join(""));
  line(["page", "LCP ms", "CLS", "TBT ms", "FCP ms", "SI ms", "score", "JS (gzip)", "map code"]);
  for (const { name, median: m, mapCode } of pages) {
    line([name, m.lcpMs.toFixed(0), m.cls.toFixed(3), m.tbtMs.toFixed(0), m.fcpMs.toFixed(0), m.speedIndexMs.toFixed(0), m.score.toFixed(2), kib(m.firstLoadJsBytes), mapCode.length ? "LOADED" : "none"]);
  }
  for (const { name, runs } of pages) {
    // The last run's scripts, largest first: what first-load JS is made of.
    const scripts = [...runs.at(-1)!.scripts].sort((a, b) => b.transferBytes - a.transferBytes);
    console.log(`\n${name}: ${scripts.length} scripts (last run), as sent / uncompressed`);
    for (const script of scripts) console.log(`  ${kib(script.transferBytes).padStart(10)} ${kib(script.resourceBytes).padStart(10)}  ${new URL(script.url).pathname}`);
  }
}

function printTargets(pages: PageSummary[]) {
  const buurt = pages.find((page) => page.name === "buurt")!;
  const rows: Array<[string, string, boolean]> = [
    ["buurt page LCP ≤ 1.0 s", `${(buurt.median.lcpMs / 1000).toFixed(2)} s`, buurt.median.lcpMs <= TARGETS.buurtLcpMs],
    ...pages.map((page): [string, string, boolean] => [`${page.name}: CLS ≤ 0.02`, page.median.cls.toFixed(3), page.median.cls <= TARGETS.cls]),
    ...pages.map((page): [string, string, boolean] => [
      `${page.name}: first-load JS ≤ 120 KiB gzip`,
      kib(page.median.firstLoadJsBytes),
      page.median.firstLoadJsBytes <= TARGETS.firstLoadJsBytes,
    ]),
    ...pages.map((page): [string, string, boolean] => [`${page.name}: no map code`, page.mapCode.length ? page.mapCode.join(" ") : "none requested", page.mapCode.length === 0]),
  ];
  console.log("\ntarget                                   measured        ");
  for (const [target, measured, met] of rows) console.log(`${target.padEnd(40)} ${measured.padEnd(16)} ${met ? "met" : "NOT MET"}`);
  return rows.map(([target, measured, met]) => ({ target, measured, met }));
}

async function main(): Promise<number> {
  const args = parseCliArgs(
    process.argv.slice(2),
    {
      "no-build": { type: "boolean" },
      runs: { type: "string" },
      port: { type: "string" },
      json: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    Args,
    USAGE,
  );
  const portal = await startPortal({ build: !args["no-build"], firstPort: args.port, checkPath: PAGES[1].path, beforeStart: installBareMap });
  for (const page of [...PAGES, MAP_PAGE]) await expectPage(`${portal.origin}${page.path}`, page.expect);
  const chunks = await findMapChunks();
  if (chunks.length === 0) console.warn("(no MapLibre chunk found in the build: the map-code check below cannot see it)");

  // Interleaved, so a burst of load from elsewhere on the machine hits both pages alike.
  console.log(`Lighthouse: ${args.runs} run(s) per page ...`);
  const chrome = await launchChrome();
  const runs = new Map<string, LighthouseFigures[]>(PAGES.map((page) => [page.name, []]));
  for (let run = 0; run < args.runs; run++) {
    for (const page of PAGES) runs.get(page.name)!.push(await runLighthouse(`${portal.origin}${page.path}`, chrome.port));
  }
  const pages = PAGES.map((page) => summarise(page.name, page.path, runs.get(page.name)!, chunks));

  // One discarded round first: the server compiles nothing at run time, but its first
  // GeoJSON answer fills the page-data cache, and the portal run says which URL and size.
  console.log(`Interactive map: 1 warm-up and ${args.runs} run(s), portal and bare page in turn ...`);
  const browser = await launchBrowser();
  const warm = await timePortalMap(browser, `${portal.origin}${MAP_PAGE.path}`);
  const bareUrl = `${portal.origin}${BARE_MAP_PATH}?${new URLSearchParams({ data: warm.dataUrl, w: String(warm.width), h: String(warm.height) })}`;
  await timeBareMap(browser, bareUrl);
  const portalMs: number[] = [];
  const bareMs: number[] = [];
  for (let run = 0; run < args.runs; run++) {
    portalMs.push((await timePortalMap(browser, `${portal.origin}${MAP_PAGE.path}`)).ms);
    bareMs.push(await timeBareMap(browser, bareUrl));
  }
  const map = { portalMs: median(portalMs), bareMs: median(bareMs), ratio: median(portalMs) / median(bareMs) };

  const measuredOn = machine();
  console.log("");
  console.log(`Buurtbeeld Lighthouse benchmark, ${new Date().toISOString()}`);
  console.log(`machine:    ${describeMachine(measuredOn)}`);
  console.log(`lighthouse: mobile, simulated throttling, medians of ${args.runs} run(s); JS = script bytes as sent (gzip) incl. headers`);
  console.log(`map chunks: ${chunks.map((chunk) => `${chunk.urlPath} (${kib(chunk.bytes)} uncompressed)`).join(", ") || "none found"}`);
  console.log("");
  printPages(pages);
  console.log(`\ninteractive map, ${warm.width}×${warm.height} CSS px at 2× on the e2e phone, medians of ${args.runs}:`);
  console.log(`  portal  click → first idle        ${map.portalMs.toFixed(0)} ms   (${portalMs.map((ms) => ms.toFixed(0)).join(", ")})`);
  console.log(`  bare    navigation → first idle   ${map.bareMs.toFixed(0)} ms   (${bareMs.map((ms) => ms.toFixed(0)).join(", ")})`);
  console.log(`  portal/bare                       ${map.ratio.toFixed(2)}x`);
  const targets = printTargets(pages);

  if (args.json) {
    await writeResults(args.json, {
      date: new Date().toISOString(),
      machine: measuredOn,
      runs: args.runs,
      mapChunks: chunks,
      pages,
      interactiveMap: { ...map, portalRunsMs: portalMs, bareRunsMs: bareMs, dataUrl: new URL(warm.dataUrl).pathname + new URL(warm.dataUrl).search, width: warm.width, height: warm.height },
      targets,
    });
  }
  return 0;
}

await runBench(main);
