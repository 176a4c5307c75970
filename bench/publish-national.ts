import { execFileSync, fork } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadHighs } from "../lib/disclosure/audit/lp-intervals.ts";
import { DEFAULT_PARAMETERS } from "../lib/disclosure/parameters.ts";
import { cellUniform } from "../lib/disclosure/rounding.ts";
import { randomFor } from "../lib/demo/seeded-random.ts";
import { registerKey } from "../lib/releases/import/register-data.ts";
import { type PlannedValue, planRelease } from "../lib/releases/plan-release.ts";
import { type AuditableTable, verifyTables } from "../lib/releases/verify-release.ts";
import { AUDITOR_NAMES, type AuditorName, type AuditorStats, instrumentedAuditor } from "./national-auditors.ts";
import {
  AGE_BANDS,
  BUURTEN,
  type GemeenteShape,
  GEMEENTEN,
  gemeenteInput,
  INDICATOR_COUNT,
  nationalIndicators,
  nationalShapes,
  selectGemeenten,
  WIJKEN,
  YEAR,
} from "./national-input.ts";

// Not a timed test: prints what the disclosure-control pipeline costs on national-scale
// input, for a person to read. Each scale runs in child processes of its own, so peak
// memory is per scale. Run with `npm run bench:publish-national`; see bench/README.md.

const USAGE = `Usage: npm run bench:publish-national [-- options]

  --scale 1,10,100       sizes to run, in percent of the country (${GEMEENTEN} gemeenten, ${WIJKEN} wijken,
                         ${BUURTEN} buurten; ${INDICATOR_COUNT} indicators × (totaal + ${AGE_BANDS.length} age bands), one year)
  --seed TEXT            seed of the generated register (default "national")
  --verify-full 1        run the independent HiGHS verification on every table of the scales up
                         to this percent (default 1) ...
  --verify-sample 100    ... and on this many sampled tables of the larger scales, extrapolated
  --no-db                skip writing the scales ≤ 1 % to a temporary embedded database
  --auditor publish      the auditor inside protection: "publish" (what npm run publish uses) or
                         "exact-sums" (what-if: every sum max-flow cannot do goes to HiGHS)
  --workers 1            split each scale's gemeenten over this many processes (gate only: no
                         verification, no database); 1 is what npm run publish does
  --keep-values          hold every planned value of the scale until the end, as one national
                         release written at once would (default: per gemeente, then dropped)
  --live-heap            collect garbage after every gemeente (outside the timed part) and report
                         the largest live heap
  --profile              write a V8 CPU profile per scale to bench/results/profiles/
  --json FILE            also write the figures to bench/results/FILE (git-ignored)`;

const NATIONAL_CELLS = INDICATOR_COUNT * (GEMEENTEN + WIJKEN + BUURTEN) * (AGE_BANDS.length + 1);
const SALT = "bench-national-salt-not-a-secret";
const PARAMETERS = DEFAULT_PARAMETERS;

interface ChildOptions {
  percent: number;
  seed: string;
  verifyFull: number;
  verifySample: number;
  db: boolean;
  keepValues: boolean;
  auditor: AuditorName;
  worker: number;
  workers: number;
}

/** What one child process measured on its share of one scale's gemeenten. */
interface ChildResult {
  gemeenten: number;
  wijken: number;
  buurten: number;
  inhabitants: number;
  tables: number;
  cells: number;
  hidden: number;
  rules: { P1: number; P2: number; L: number; S1: number; S2: number };
  failedTables: number;
  failures: number;
  /** Gate failures by reason (cells or sums, by position only). */
  failureReasons: Record<string, number>;
  /** Generating the register in memory: stands in for parsing the CSV; not part of the gate. */
  generateSeconds: number;
  /** planRelease (primary rules, rounding, secondary suppression, the max-flow gate), wall time. */
  gateSeconds: number;
  /** The same in CPU time (user + system): steadier than wall time on a shared machine. */
  gateCpuSeconds: number;
  /** Wall time of the whole loop over the gemeenten, generation included. */
  loopSeconds: number;
  auditor: AuditorStats;
  /** SHA-256 of every table's suppression reasons, per gemeente: equal fingerprints mean equal patterns. */
  patterns: [number, string][];
  perGemeente: { code: string; wijken: number; buurten: number; seconds: number }[];
  /** HMAC-SHA256 rounding draws (cellUniform): one per count still shown after the primary and 1-D rules, one per base cell; timed by a micro-benchmark. */
  hmacMicroseconds: number;
  memory: {
    /** After loading HiGHS, before any work. */
    startRssMB: number;
    /** Peak RSS up to the end of the gate (generation + protection + audit). */
    gatePeakRssMB: number;
    /** Largest heapUsed right after a gemeente's planRelease, garbage included. */
    gatePeakHeapMB: number;
    /** With --live-heap: the largest heap after a forced collection after a gemeente. */
    liveHeapMB: number | null;
    /** Peak RSS of the whole child, verification and database write included. */
    peakRssMB: number;
  };
  verification: {
    mode: "all" | "sample";
    tablesRun: number;
    hiddenCellsRun: number;
    secondsRun: number;
    passed: boolean;
    /** Tables the verification failed that passed the gate (publish verifies only a passed plan). */
    failedAfterGatePass: number;
    failedGateFailed: number;
    /** For every table of the scale: measured when mode is "all", else extrapolated by strata. */
    secondsAllTables: number;
  } | null;
  database: { migrateSeconds: number; writeSeconds: number; values: number; releases: number } | null;
}

interface ScaleResult extends Omit<ChildResult, "patterns" | "perGemeente"> {
  percent: number;
  workers: number;
  auditorName: AuditorName;
  /** SHA-256 over the gemeenten's pattern fingerprints in gemeente order. */
  pattern: string;
  slowest: ChildResult["perGemeente"];
  /** Per process for memory; the sum of the processes' peaks is in totalPeakRssMB. */
  totalPeakRssMB: number;
  loadAverage: number[];
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Gemeenten for one worker: largest first, each to the worker with the fewest buurten so far. */
function shareOf(shapes: GemeenteShape[], worker: number, workers: number): GemeenteShape[] {
  const load = new Array<number>(workers).fill(0);
  const mine: GemeenteShape[] = [];
  for (const shape of [...shapes].sort((a, b) => b.buurten - a.buurten || a.index - b.index)) {
    const least = load.indexOf(Math.min(...load));
    load[least]! += shape.buurten;
    if (least === worker) mine.push(shape);
  }
  return mine.sort((a, b) => a.index - b.index);
}

/** One table per stratum of table size, with the number of tables it stands for. */
function verificationSample(shapes: GemeenteShape[], seed: string, percent: number, size: number): Map<string, number> {
  const sampled = new Map<string, number>(); // gemeente|indicator → weight
  const indicators = nationalIndicators(seed);
  const bySize = shapes
    .flatMap((shape) => indicators.map((indicator) => ({ shape, indicator })))
    .sort((a, b) => a.shape.buurten - b.shape.buurten || a.shape.index - b.shape.index || a.indicator.code.localeCompare(b.indicator.code));
  const random = randomFor(seed, "verify-sample", percent);
  const strata = Math.min(size, bySize.length);
  for (let k = 0; k < strata; k++) {
    const from = Math.round((k * bySize.length) / strata);
    const to = Math.round(((k + 1) * bySize.length) / strata);
    const pick = bySize[random.integer(from, to - 1)]!;
    sampled.set(`${pick.shape.code}|${pick.indicator.code}`, to - from);
  }
  return sampled;
}

async function runChild(options: ChildOptions): Promise<ChildResult> {
  const { percent, seed } = options;
  const highs = await loadHighs();
  const startRss = process.memoryUsage().rss;
  const scaleShapes = selectGemeenten(nationalShapes(seed), percent);
  const shapes = shareOf(scaleShapes, options.worker, options.workers);
  const indicators = nationalIndicators(seed);
  const { auditor, stats } = instrumentedAuditor(options.auditor, highs, PARAMETERS);

  const single = options.workers === 1;
  const fullVerification = single && percent <= options.verifyFull;
  const sampled = single && !fullVerification && options.verifySample > 0 ? verificationSample(scaleShapes, seed, percent, options.verifySample) : new Map<string, number>();
  const writeDatabase = single && options.db && percent <= 1;
  const toVerify: { table: AuditableTable; weight: number; gatePassed: boolean }[] = [];
  const kept: { code: string; values: PlannedValue[]; ruleCounts: Record<string, number> }[] = [];

  let generateMs = 0;
  let gateMs = 0;
  let gateCpuMicros = 0;
  let peakHeap = 0;
  let liveHeap: number | null = null;
  const collect = (globalThis as { gc?: () => void }).gc;
  const totals = { wijken: 0, buurten: 0, inhabitants: 0, tables: 0, cells: 0, hidden: 0, failedTables: 0, failures: 0 };
  const rules = { P1: 0, P2: 0, L: 0, S1: 0, S2: 0 };
  const failureReasons: Record<string, number> = {};
  const perGemeente: ChildResult["perGemeente"] = [];
  const patterns: ChildResult["patterns"] = [];

  const loopStarted = performance.now();
  for (const shape of shapes) {
    let started = performance.now();
    const input = gemeenteInput(seed, shape, indicators);
    generateMs += performance.now() - started;

    started = performance.now();
    const cpuStarted = process.cpuUsage();
    const plan = planRelease({ register: input.register, indicators, division: input.division, parameters: PARAMETERS, salt: SALT, auditor });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    gateMs += seconds * 1000;
    gateCpuMicros += cpu.user + cpu.system;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (collect) {
      // The plan is still referenced here: what one gemeente's release holds at its end.
      collect();
      liveHeap = Math.max(liveHeap ?? 0, process.memoryUsage().heapUsed);
    }

    totals.wijken += shape.wijken.length;
    totals.buurten += shape.buurten;
    totals.inhabitants += input.inhabitants;
    totals.tables += plan.tables.length;
    totals.cells += plan.values.length;
    for (const value of plan.values) if (value.status === "SUPPRESSED") totals.hidden++;
    for (const rule of Object.keys(rules) as (keyof typeof rules)[]) rules[rule] += plan.ruleCounts[rule] ?? 0;
    const pattern = createHash("sha256");
    for (const table of plan.tables) {
      pattern.update(`${table.indicatorCode}:${table.reasons.map((reason) => reason ?? "-").join(",")}\n`);
      if (!table.passed) totals.failedTables++;
      totals.failures += table.failures.length;
      for (const failure of table.failures) failureReasons[failure.reason] = (failureReasons[failure.reason] ?? 0) + 1;
    }
    patterns.push([shape.index, pattern.digest("hex")]);
    perGemeente.push({ code: shape.code, wijken: shape.wijken.length, buurten: shape.buurten, seconds });

    for (const table of plan.tables) {
      const weight = fullVerification ? 1 : sampled.get(`${shape.code}|${table.indicatorCode}`);
      if (weight === undefined) continue;
      const values = table.layout.areaCodes.flatMap((area) =>
        table.layout.categories.map((category) => input.register.cells.get(registerKey(table.indicatorCode, table.year, area, category))!.count),
      );
      toVerify.push({
        weight,
        gatePassed: table.passed,
        table: {
          indicatorCode: table.indicatorCode,
          year: table.year,
          layout: table.layout,
          hidden: table.hidden,
          published: table.published,
          publishedBases: table.publishedBases,
          truth: { values, isPrimary: (cell) => table.reasons[cell] === "P1" || table.reasons[cell] === "P2" },
        },
      });
    }
    if (options.keepValues || writeDatabase) kept.push({ code: shape.code, values: plan.values, ruleCounts: plan.ruleCounts });
  }
  const loopSeconds = (performance.now() - loopStarted) / 1000;
  const gatePeakRss = process.resourceUsage().maxRSS * 1024;

  // What one rounding draw costs on its own (rounding.ts: one HMAC each).
  const hmacSample = 100_000;
  const hmacStarted = performance.now();
  for (let i = 0; i < hmacSample; i++) cellUniform(SALT, `ind${i % 50}|${YEAR}|BU${i}|18-64`);
  const hmacMicroseconds = ((performance.now() - hmacStarted) * 1000) / hmacSample;

  let verification: ChildResult["verification"] = null;
  if (toVerify.length > 0) {
    const run = { secondsRun: 0, estimate: 0, hidden: 0, passed: true, failedAfterGatePass: 0, failedGateFailed: 0 };
    for (const { table, weight, gatePassed } of toVerify) {
      const result = verifyTables([table], PARAMETERS, highs);
      run.secondsRun += result.seconds;
      run.estimate += result.seconds * weight;
      run.hidden += result.hiddenCells;
      run.passed &&= result.passed;
      if (!result.passed && gatePassed) run.failedAfterGatePass++;
      if (!result.passed && !gatePassed) run.failedGateFailed++;
    }
    verification = {
      mode: fullVerification ? "all" : "sample",
      tablesRun: toVerify.length,
      hiddenCellsRun: run.hidden,
      secondsRun: run.secondsRun,
      passed: run.passed,
      failedAfterGatePass: run.failedAfterGatePass,
      failedGateFailed: run.failedGateFailed,
      secondsAllTables: run.estimate,
    };
  }

  const database = writeDatabase ? await writeToTemporaryDatabase(kept) : null;
  return {
    gemeenten: shapes.length,
    ...totals,
    rules,
    failureReasons,
    generateSeconds: generateMs / 1000,
    gateSeconds: gateMs / 1000,
    gateCpuSeconds: gateCpuMicros / 1e6,
    loopSeconds,
    auditor: stats,
    patterns,
    perGemeente,
    hmacMicroseconds,
    memory: {
      startRssMB: mb(startRss),
      gatePeakRssMB: mb(gatePeakRss),
      gatePeakHeapMB: mb(peakHeap),
      liveHeapMB: liveHeap === null ? null : mb(liveHeap),
      peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
    },
    verification,
    database,
  };
}

/** One release per gemeente, as each portal writes its own, into a throw-away PGlite directory. */
async function writeToTemporaryDatabase(
  releases: { code: string; values: PlannedValue[]; ruleCounts: Record<string, number> }[],
): Promise<NonNullable<ChildResult["database"]>> {
  // Loaded only here: the database stack is not part of the pure pipeline being measured.
  const { openDatabase } = await import("../lib/db/open-database.ts");
  const { writeRelease } = await import("../lib/releases/write-release.ts");
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "buurtbeeld-bench-pglite-"));
  try {
    const db = await openDatabase({ kind: "pglite", dataDir });
    try {
      let started = performance.now();
      await db.migrate();
      const migrateSeconds = (performance.now() - started) / 1000;
      started = performance.now();
      let values = 0;
      for (const release of releases) {
        await writeRelease(
          db.prisma,
          {
            gemeenteCode: release.code,
            divisionYear: YEAR,
            years: [YEAR],
            isDemo: true,
            parameters: { ...PARAMETERS },
            ruleCounts: release.ruleCounts,
            audit: { bench: true },
            inputFingerprint: "0".repeat(64),
          },
          release.values,
        );
        values += release.values.length;
      }
      return { migrateSeconds, writeSeconds: (performance.now() - started) / 1000, values, releases: releases.length };
    } finally {
      await db.close();
    }
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
// Parent: the children of each scale, then the printout.

function spawnChild(args: string[], execArgv: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--child", ...args], {
      execArgv: [...process.execArgv, ...execArgv],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: ChildResult | undefined;
    child.on("message", (message) => (result = message as ChildResult));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 && result ? resolve(result) : reject(new Error(`a benchmark child exited with ${code}`))));
  });
}

function merge(percent: number, auditorName: AuditorName, parts: ChildResult[]): ScaleResult {
  const sum = (pick: (part: ChildResult) => number) => parts.reduce((total, part) => total + pick(part), 0);
  const max = (pick: (part: ChildResult) => number) => Math.max(...parts.map(pick));
  const addUp = <T extends Record<string, number>>(pick: (part: ChildResult) => T): T => {
    const total = {} as Record<string, number>;
    for (const part of parts) for (const [key, value] of Object.entries(pick(part))) total[key] = (total[key] ?? 0) + value;
    return total as T;
  };
  const pattern = createHash("sha256");
  for (const [, hash] of parts.flatMap((part) => part.patterns).sort((a, b) => a[0] - b[0])) pattern.update(hash);
  const only = parts.length === 1 ? parts[0]! : undefined;
  return {
    percent,
    workers: parts.length,
    auditorName,
    gemeenten: sum((p) => p.gemeenten),
    wijken: sum((p) => p.wijken),
    buurten: sum((p) => p.buurten),
    inhabitants: sum((p) => p.inhabitants),
    tables: sum((p) => p.tables),
    cells: sum((p) => p.cells),
    hidden: sum((p) => p.hidden),
    rules: addUp((p) => p.rules),
    failedTables: sum((p) => p.failedTables),
    failures: sum((p) => p.failures),
    failureReasons: addUp((p) => p.failureReasons),
    generateSeconds: sum((p) => p.generateSeconds),
    // With several workers the gate's wall time is the slowest worker's; CPU time adds up.
    gateSeconds: max((p) => p.gateSeconds),
    gateCpuSeconds: sum((p) => p.gateCpuSeconds),
    loopSeconds: max((p) => p.loopSeconds),
    auditor: addUp((p) => ({ ...p.auditor })),
    pattern: pattern.digest("hex").slice(0, 16),
    slowest: parts.flatMap((p) => p.perGemeente).sort((a, b) => b.seconds - a.seconds).slice(0, 3),
    hmacMicroseconds: sum((p) => p.hmacMicroseconds) / parts.length,
    memory: {
      startRssMB: max((p) => p.memory.startRssMB),
      gatePeakRssMB: max((p) => p.memory.gatePeakRssMB),
      gatePeakHeapMB: max((p) => p.memory.gatePeakHeapMB),
      liveHeapMB: parts.some((p) => p.memory.liveHeapMB !== null) ? max((p) => p.memory.liveHeapMB ?? 0) : null,
      peakRssMB: max((p) => p.memory.peakRssMB),
    },
    totalPeakRssMB: sum((p) => p.memory.peakRssMB),
    verification: only?.verification ?? null,
    database: only?.database ?? null,
    loadAverage: os.loadavg(),
  };
}

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const sec = (s: number) => (s < 10 ? s.toFixed(2) : s.toFixed(1));

function print(results: ScaleResult[]): void {
  for (const r of results) {
    const a = r.auditor;
    // protectTable draws only for counts not yet hidden when it rounds (published or S2 later);
    // each base cell is drawn once for all indicators on it.
    const hmacDraws = r.cells - r.hidden + r.rules.S2 + (r.gemeenten + r.wijken + r.buurten) * (AGE_BANDS.length + 1);
    console.log(
      `\n${r.percent} % — ${r.gemeenten} gemeenten, ${int(r.wijken)} wijken, ${int(r.buurten)} buurten (${pct(r.buurten, BUURTEN)} of the buurten), ${int(r.inhabitants)} inhabitants` +
        (r.workers > 1 ? `; ${r.workers} worker processes` : ""),
    );
    console.log(`  tables ${int(r.tables)}, cells ${int(r.cells)}, hidden ${int(r.hidden)} (${pct(r.hidden, r.cells)}); suppression pattern ${r.pattern}`);
    console.log(
      `  primaries ${int(r.rules.P1 + r.rules.P2)} (P1 ${int(r.rules.P1)}, P2 ${int(r.rules.P2)}), complements S1 ${int(r.rules.S1)}, S2 ${int(r.rules.S2)}, linked L ${int(r.rules.L)}`,
    );
    const reasons = Object.entries(r.failureReasons).map(([reason, n]) => `${reason} ${n}`).join(", ");
    console.log(`  tables that failed the gate: ${r.failedTables} of ${int(r.tables)} (${r.failures} failing cells or sums${reasons ? `: ${reasons}` : ""})`);
    console.log(
      `  protection + gate (planRelease, auditor "${r.auditorName}"): ${sec(r.gateSeconds)} s wall${r.workers > 1 ? " (slowest worker)" : ""}, ${sec(r.gateCpuSeconds)} s CPU`,
    );
    console.log(
      `    in the auditor ${sec(a.seconds)} s: ${int(a.calls)} calls, ${int(a.sums)} sums of hidden primaries, ${int(a.lpSums)} of them not a flow ` +
        `(in ${int(a.callsWithLp)} calls), ${int(a.highsRuns)} HiGHS LP runs (a maximum and a minimum per sum it had to solve)`,
    );
    console.log(`    HMAC rounding draws ≈ ${sec((hmacDraws * r.hmacMicroseconds) / 1e6)} s (estimated: ${int(hmacDraws)} draws × ${r.hmacMicroseconds.toFixed(1)} µs)`);
    console.log(`  generating the register in memory (not part of the gate): ${sec(r.generateSeconds)} s`);
    console.log(`  slowest gemeenten: ${r.slowest.map((g) => `${g.code} (${g.wijken} wijken, ${g.buurten} buurten) ${sec(g.seconds)} s`).join("; ")}`);
    console.log(
      `  memory${r.workers > 1 ? " (largest process)" : ""}: RSS ${r.memory.startRssMB} MB at start, peak ${r.memory.gatePeakRssMB} MB through the gate, ${r.memory.peakRssMB} MB overall` +
        (r.workers > 1 ? ` (${r.totalPeakRssMB} MB all processes)` : "") +
        `; heap after a gemeente at most ${r.memory.gatePeakHeapMB} MB with garbage` +
        (r.memory.liveHeapMB === null ? "" : `, ${r.memory.liveHeapMB} MB live`),
    );
    const v = r.verification;
    const verdict = (x: NonNullable<ScaleResult["verification"]>) =>
      x.passed ? "passed" : `FAILED on ${x.failedAfterGatePass} tables that passed the gate and ${x.failedGateFailed} that failed it`;
    if (v?.mode === "all") {
      console.log(
        `  independent HiGHS verification, all ${int(v.tablesRun)} tables: ${sec(v.secondsRun)} s measured (${int(v.hiddenCellsRun)} hidden cells, ` +
          `${((v.secondsRun * 1000) / Math.max(1, v.hiddenCellsRun)).toFixed(2)} ms each), ${verdict(v)}`,
      );
    } else if (v) {
      console.log(`  independent HiGHS verification, ${v.tablesRun} sampled tables: ${sec(v.secondsRun)} s measured (${int(v.hiddenCellsRun)} hidden cells), ${verdict(v)}`);
      console.log(
        `    EXTRAPOLATED to all ${int(r.tables)} tables: ≈ ${sec(v.secondsAllTables)} s by table-size strata, ≈ ${sec((v.secondsRun / v.hiddenCellsRun) * r.hidden)} s by hidden cells`,
      );
    }
    if (r.database) {
      const d = r.database;
      console.log(
        `  embedded database (temporary PGlite): migrate ${sec(d.migrateSeconds)} s, write ${d.releases} releases / ${int(d.values)} values ${sec(d.writeSeconds)} s ` +
          `(${int(d.values / d.writeSeconds)} values/s; EXTRAPOLATED to the ${int(NATIONAL_CELLS)} national cells ≈ ${int((d.writeSeconds * NATIONAL_CELLS) / d.values)} s)`,
      );
    }
  }
  if (results.length > 1) {
    console.log("\nGrowth (protection + gate):");
    for (let i = 1; i < results.length; i++) {
      const [a, b] = [results[i - 1]!, results[i]!];
      const cells = b.cells / a.cells;
      const wall = b.gateSeconds / a.gateSeconds;
      const cpu = b.gateCpuSeconds / a.gateCpuSeconds;
      console.log(
        `  ${a.percent} % → ${b.percent} %: cells ×${cells.toFixed(1)}, wall ×${wall.toFixed(1)}, CPU ×${cpu.toFixed(1)} ` +
          `(${((b.gateCpuSeconds * 1e6) / b.cells).toFixed(1)} µs CPU per cell, was ${((a.gateCpuSeconds * 1e6) / a.cells).toFixed(1)}); ` +
          `CPU exponent ${(Math.log(cpu) / Math.log(cells)).toFixed(2)} (1 = linear)`,
      );
    }
  }
  const full = results.find((r) => r.percent === 100);
  if (full) {
    const verified = full.verification ? full.gateSeconds + full.verification.secondsAllTables : null;
    console.log(
      `\nTarget: the full national run (protection + gate) under 60 s on this machine: ${sec(full.gateSeconds)} s wall, ${full.gateSeconds < 60 ? "met" : "NOT met"}.` +
        (verified === null ? "" : ` With the independent HiGHS verification (EXTRAPOLATED): ≈ ${sec(verified)} s.`),
    );
  }
}

/** Which code was measured: other people commit to lib/ while benchmarks run. */
function codeVersion(): { commit: string; dirty: string[] } {
  const git = (...gitArgs: string[]) => {
    try {
      return execFileSync("git", gitArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trimEnd();
    } catch {
      return "";
    }
  };
  const dirty = git("status", "--porcelain", "--", "lib")
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => line.slice(3));
  return { commit: git("rev-parse", "--short", "HEAD") || "unknown", dirty };
}

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "1,10,100" },
    seed: { type: "string", default: "national" },
    "verify-full": { type: "string", default: "1" },
    "verify-sample": { type: "string", default: "100" },
    "no-db": { type: "boolean", default: false },
    auditor: { type: "string", default: "publish" },
    workers: { type: "string", default: "1" },
    worker: { type: "string", default: "0" },
    "keep-values": { type: "boolean", default: false },
    "live-heap": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    json: { type: "string" },
    child: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});

function number(text: string, name: string, integer = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`--${name} must be a non-negative ${integer ? "integer" : "number"}, not "${text}"\n\n${USAGE}`);
  }
  return value;
}
if (!(AUDITOR_NAMES as readonly string[]).includes(args.auditor)) throw new Error(`--auditor must be one of ${AUDITOR_NAMES.join(", ")}\n\n${USAGE}`);
const auditorName = args.auditor as AuditorName;
const workers = number(args.workers, "workers", true);
if (workers < 1) throw new Error(`--workers must be at least 1\n\n${USAGE}`);

if (args.help) {
  console.log(USAGE);
} else if (args.child) {
  const result = await runChild({
    percent: number(args.scale, "scale"),
    seed: args.seed,
    verifyFull: number(args["verify-full"], "verify-full"),
    verifySample: number(args["verify-sample"], "verify-sample", true),
    db: !args["no-db"],
    keepValues: args["keep-values"],
    auditor: auditorName,
    worker: number(args.worker, "worker", true),
    workers,
  });
  process.send!(result);
} else {
  const scales = args.scale.split(",").map((s) => number(s.trim(), "scale"));
  if (scales.some((s) => s <= 0 || s > 100)) throw new Error(`--scale takes percentages in (0, 100]\n\n${USAGE}`);
  const cpus = os.cpus();
  const code = codeVersion();
  console.log(`Code: commit ${code.commit}${code.dirty.length > 0 ? `, with uncommitted changes in ${code.dirty.join(", ")}` : ", no uncommitted changes in lib/"}`);
  console.log(
    `Node ${process.version}, ${process.platform} ${process.arch}, ${cpus.length} × ${cpus[0]?.model ?? "?"}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
  );
  console.log(
    `Synthetic country (seed "${args.seed}"): ${GEMEENTEN} gemeenten, ${WIJKEN} wijken, ${BUURTEN} buurten; ${INDICATOR_COUNT} indicators × (totaal + ${AGE_BANDS.length} age bands), year ${YEAR}; ` +
      `T ${PARAMETERS.threshold}, p ${PARAMETERS.protection}, rounding to ${PARAMETERS.roundingBase}`,
  );
  const profileDir = path.join("bench", "results", "profiles");
  if (args.profile) await fs.mkdir(profileDir, { recursive: true });
  const results: ScaleResult[] = [];
  for (const scale of scales) {
    process.stdout.write(`running ${scale} %${workers > 1 ? ` in ${workers} processes` : ""} ...\n`);
    const children = Array.from({ length: workers }, (_, worker) => {
      const childArgs = [
        ...["--scale", String(scale), "--seed", args.seed, "--auditor", auditorName],
        ...["--workers", String(workers), "--worker", String(worker)],
        ...["--verify-full", args["verify-full"], "--verify-sample", args["verify-sample"]],
        ...(args["no-db"] ? ["--no-db"] : []),
        ...(args["keep-values"] ? ["--keep-values"] : []),
      ];
      const execArgv = args.profile ? ["--cpu-prof", "--cpu-prof-dir", profileDir, "--cpu-prof-name", `national-${scale}pct-${worker}.cpuprofile`] : [];
      if (args["live-heap"]) execArgv.push("--expose-gc");
      return spawnChild(childArgs, execArgv);
    });
    results.push(merge(scale, auditorName, await Promise.all(children)));
  }
  print(results);
  if (args.json) {
    const file = path.join("bench", "results", path.basename(args.json));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), code, seed: args.seed, parameters: PARAMETERS, results }, null, 2)}\n`);
    console.log(`\nwrote ${file}`);
  }
}
