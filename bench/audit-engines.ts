import { performance } from "node:perf_hooks";
import type { AuditProblem, Bounds } from "../lib/disclosure/audit/audit-problem.ts";
import { flowIntervals } from "../lib/disclosure/audit/flow-intervals.ts";
import { loadHighs, lpIntervals } from "../lib/disclosure/audit/lp-intervals.ts";
import {
  type AdditiveGroup,
  type HierarchicalTable,
  additiveGroups,
  cellCount,
  cellIndex,
  childrenOf,
} from "../lib/disclosure/hierarchical-table.ts";

// Not a timed test: prints the cost of the two audit engines for a person to read. The
// tables are synthetic but protected the way the design note says (primaries P1/P2, then a
// 1-D secondary pass so no group has a single hidden member), so the hidden patterns and
// interval widths resemble a real release. Run with `npm run bench:audit-engines`.

const T = 10;
const CATEGORIES = 4; // four age bands; each area has 5 cells with the total

interface Case {
  table: HierarchicalTable;
  truth: number[];
  problem: AuditProblem;
  lpSums: number;
}

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gemeente(wijken: number, buurten: number): HierarchicalTable {
  const areaParents = [-1];
  for (let w = 0; w < wijken; w++) {
    const wijk = areaParents.length;
    areaParents.push(0);
    for (let b = 0; b < buurten; b++) areaParents.push(wijk);
  }
  return { areaParents, categoryCount: CATEGORIES };
}

/** True counts and base populations summed up the tree, then suppression and rounding. */
function protectedCase(table: HierarchicalTable, seed: number): Case {
  const next = rng(seed);
  const cells = cellCount(table);
  const children = childrenOf(table);
  const truth = new Array<number>(cells).fill(0);
  const base = new Array<number>(cells).fill(0);
  for (let area = table.areaParents.length - 1; area >= 0; area--) {
    for (let category = 1; category <= CATEGORIES; category++) {
      const cell = cellIndex(table, area, category);
      if (children[area]!.length === 0) {
        const population = next() < 0.05 ? 0 : Math.floor(next() * 400);
        const rate = 0.01 + next() * 0.12;
        base[cell] = population;
        truth[cell] = Math.round(population * rate * (0.5 + next()));
        truth[cell] = Math.min(truth[cell]!, population);
      } else {
        for (const kid of children[area]!) {
          base[cell]! += base[cellIndex(table, kid, category)]!;
          truth[cell]! += truth[cellIndex(table, kid, category)]!;
        }
      }
      base[cellIndex(table, area, 0)]! += base[cell]!;
      truth[cellIndex(table, area, 0)]! += truth[cell]!;
    }
  }

  const structuralZero = (cell: number) => base[cell] === 0;
  const primary = truth.map(
    (n, cell) => !structuralZero(cell) && (n < T || (base[cell]! - n < T && n > 0)),
  );
  const hidden = [...primary];
  const groups = additiveGroups(table);
  // 1-D secondary pass: a group with one hidden member gets its smallest non-zero other member.
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      const members = [...group.parts, group.total];
      if (members.filter((cell) => hidden[cell]).length !== 1) continue;
      const candidates = members.filter((cell) => !hidden[cell] && truth[cell]! > 0);
      if (candidates.length === 0) continue;
      const cheapest = candidates.reduce((a, b) => (truth[a]! <= truth[b]! ? a : b));
      hidden[cheapest] = true;
      changed = true;
    }
  }

  const bounds = truth.map((n, cell): Bounds => {
    if (hidden[cell]) return { lower: 0, upper: base[cell]! + 4 };
    if (structuralZero(cell)) return { lower: 0, upper: 0 };
    const down = 5 * Math.floor(n / 5);
    const published = next() < (n - down) / 5 ? down + 5 : down; // unbiased random rounding
    return { lower: Math.max(0, published - 4), upper: published + 4 };
  });
  const targets = truth.flatMap((_, cell) => (hidden[cell] ? [cell] : []));
  const sumGroups = groups.filter((group) => group.parts.filter((cell) => primary[cell]).length >= 2);
  const sums = sumGroups.map((group: AdditiveGroup) => group.parts.filter((cell) => primary[cell]));
  // The categories of a wijk do not meet at one node of the flow network: those go to HiGHS.
  const lpSums = sumGroups.filter((group) => {
    const area = group.total / (CATEGORIES + 1);
    return group.parts[0] === group.total + 1 && table.areaParents[area]! >= 0 && children[area]!.length > 0;
  }).length;
  return { table, truth, problem: { groups, bounds, targets, sums }, lpSums };
}

/** Fastest of a few runs: on a shared machine, other load only ever adds time. */
function seconds(run: () => void, repeat = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

const fmt = (value: number, digits = 3) => value.toFixed(digits);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function line(label: string, queries: number, totalSeconds: number): void {
  const perQuery = (totalSeconds * 1000) / queries;
  console.log(
    `  ${label.padEnd(38)} ${String(queries).padStart(8)} queries  ${fmt(perQuery, 4).padStart(9)} ms/query  ${fmt(totalSeconds).padStart(8)} s`,
  );
}

async function main(): Promise<void> {
  const highs = await loadHighs();
  // lpTargets: HiGHS is timed on the first tables of the batch, with at most this many
  // targets per table (the large table is one component of ~5,000 columns per LP).
  const sizes = [
    { name: "gemeente, 7 wijken × 7 buurten", wijken: 7, buurten: 7, tables: 1000, lpTables: 20, lpTargets: Infinity },
    { name: "gemeente, 10 wijken × 15 buurten", wijken: 10, buurten: 15, tables: 1000, lpTables: 10, lpTargets: Infinity },
    { name: "gemeente, 40 wijken × 25 buurten", wijken: 40, buurten: 25, tables: 100, lpTables: 1, lpTargets: 200 },
  ];
  console.log(`Node ${process.version}, ${process.platform} ${process.arch}; ${CATEGORIES} categories + total`);
  for (const size of sizes) {
    const table = gemeente(size.wijken, size.buurten);
    const batch = Array.from({ length: size.tables }, (_, seed) => protectedCase(table, seed + 1));
    const hidden = batch.reduce((n, c) => n + c.problem.targets.length, 0);
    const sums = batch.reduce((n, c) => n + c.problem.sums.length, 0);
    const lpSums = batch.reduce((n, c) => n + c.lpSums, 0);
    console.log(
      `\n${size.name}: ${table.areaParents.length} areas, ${cellCount(table)} cells per table; ` +
        `batch of ${size.tables} tables: ${hidden} hidden cells (${fmt(hidden / size.tables, 1)} per table), ` +
        `${sums} sums of hidden primaries (${lpSums} of them by LP)`,
    );
    const cellsOnly = batch.map((c) => ({ ...c, problem: { ...c.problem, sums: [] } }));
    const exact = seconds(() => cellsOnly.forEach((c) => flowIntervals(c.table, c.problem)));
    line("flow, exact, cells", hidden, exact);
    const reached = seconds(() =>
      cellsOnly.forEach((c) => flowIntervals(c.table, c.problem, { feasible: c.truth, reach: 5 })),
    );
    line("flow, reach 5 from truth, cells", hidden, reached);
    const withSums = seconds(() =>
      batch.forEach((c) => flowIntervals(c.table, c.problem, { feasible: c.truth, reach: 5, sumReach: T, highs })),
    );
    line(`flow, reach 5 (sums ${T}), cells + sums`, hidden + sums, withSums);

    const lpBatch = cellsOnly
      .slice(0, size.lpTables)
      .map((c) => ({ ...c, problem: { ...c.problem, targets: c.problem.targets.slice(0, size.lpTargets) } }));
    const lpHidden = lpBatch.reduce((n, c) => n + c.problem.targets.length, 0);
    const lp = seconds(() => lpBatch.forEach((c) => lpIntervals(c.problem, highs)), 1);
    line(`LP (HiGHS), cells, ${size.lpTables} table${size.lpTables > 1 ? "s" : ""}`, lpHidden, lp);
    console.log(`  LP / exact flow per query: ${fmt(lp / lpHidden / (exact / hidden), 0)}×`);
  }
  const usage = process.memoryUsage();
  console.log(
    `\npeak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap used now ${mb(usage.heapUsed)}, ` +
      `HiGHS wasm memory ${mb(highs.memoryBytes)}`,
  );
}

await main();
