import type { Highs } from "highs";
import type { DisclosureParameters } from "@/lib/disclosure/parameters.ts";
import type { ReleasedValue } from "@/lib/releases/get-released-values.ts";
import type { PublicRelease } from "./public-view.ts";
import { registerKey, TOTAL } from "./register.ts";
import type { Division } from "./world.ts";

// The attacker, written independently of the audit: an explicit linear (by default
// integer) program over every cell of the published tables, in CPLEX LP format, solved
// by HiGHS's one-shot solver. Each query maximises and minimises one cell (or a sum) under
// everything the attacker knows:
//   - the public structure: a parent area is the sum of its children, a total the sum of
//     its age bands (the division and the catalogue are on the site);
//   - every published rounded count r: the true count lies in [r−(b−1), r+(b−1)], b the
//     rounding base, and is never negative;
//   - every count is at most its published base + (b−1);
//   - whatever else a test adds: CBS figures, an earlier release, insider knowledge,
//     linked-table relations, extra rules the site publishes.

export interface Interval {
  lower: number;
  upper: number;
}

type Term = [key: string, coefficient: number];

export interface AttackerOptions {
  /** Declare every cell an integer (a MIP per bound). Default true: counts are whole people. */
  integer?: boolean;
}

export class Attacker {
  private readonly names = new Map<string, string>();
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly rows: string[] = [];
  solves = 0;

  constructor(
    private readonly highs: Highs,
    private readonly options: AttackerOptions = {},
  ) {}

  has(key: string): boolean {
    return this.names.has(key);
  }

  /** The LP column of a cell, created with bounds [0, ∞) on first use. */
  private column(key: string): string {
    let name = this.names.get(key);
    if (name === undefined) {
      name = `x${this.names.size}`;
      this.names.set(key, name);
      this.lower.push(0);
      this.upper.push(Number.POSITIVE_INFINITY);
    }
    return name;
  }

  /** Intersects what is known of a cell with [lower, upper]. */
  bound(key: string, lower: number, upper: number = Number.POSITIVE_INFINITY): this {
    const index = Number(this.column(key).slice(1));
    this.lower[index] = Math.max(this.lower[index]!, lower);
    this.upper[index] = Math.min(this.upper[index]!, upper);
    return this;
  }

  known(key: string): Interval {
    const index = Number(this.column(key).slice(1));
    return { lower: this.lower[index]!, upper: this.upper[index]! };
  }

  /** Σ coefficient·cell = rhs. */
  equal(terms: Term[], rhs = 0): this {
    this.rows.push(`${this.expression(terms)} = ${rhs}`);
    return this;
  }

  /** Σ coefficient·cell ≤ rhs. */
  atMost(terms: Term[], rhs = 0): this {
    this.rows.push(`${this.expression(terms)} <= ${rhs}`);
    return this;
  }

  /** total = Σ parts. */
  sum(total: string, parts: string[]): this {
    return this.equal([[total, 1], ...parts.map((part): Term => [part, -1])]);
  }

  private expression(terms: Term[]): string {
    const merged = new Map<string, number>();
    for (const [key, coefficient] of terms) {
      const name = this.column(key);
      merged.set(name, (merged.get(name) ?? 0) + coefficient);
    }
    const parts = [...merged].filter(([, c]) => c !== 0).map(([name, c]) => `${c < 0 ? "-" : "+"} ${Math.abs(c)} ${name}`);
    return parts.length > 0 ? parts.join(" ") : "0 x0";
  }

  /** The tightest interval of a cell. */
  interval(key: string): Interval {
    return this.intervalOf([[key, 1]]);
  }

  /** The tightest interval of Σ coefficient·cell (e.g. the union of two areas). */
  intervalOf(terms: Term[]): Interval {
    for (const [key] of terms) if (!this.has(key)) throw new Error(`the attacker's program has no cell ${key}`);
    const upper = this.optimum(terms, "Maximize");
    const lower = this.optimum(terms, "Minimize");
    return { lower, upper };
  }

  private optimum(terms: Term[], sense: "Maximize" | "Minimize"): number {
    const objective = this.expression(terms);
    const names = [...this.names.values()];
    const bounds = names.map((name, index) => {
      const low = this.lower[index]!;
      const high = this.upper[index]!;
      if (low > high) throw new Error(`the attacker's knowledge is inconsistent at ${[...this.names.keys()][index]}`);
      return Number.isFinite(high) ? ` ${low} <= ${name} <= ${high}` : ` ${name} >= ${low}`;
    });
    const rows = this.rows.length > 0 ? this.rows : [`${names[0] ?? "x0"} >= 0`];
    const model = [
      sense,
      ` obj: ${objective}`,
      "Subject To",
      ...rows.map((row, index) => ` c${index}: ${row}`),
      "Bounds",
      ...bounds,
      ...(this.options.integer === false ? [] : ["General", ` ${names.join(" ")}`]),
      "End",
    ].join("\n");
    this.solves++;
    const solution = this.highs.solve(model, { mip_rel_gap: 0, mip_abs_gap: 0 });
    if (solution.Status !== "Optimal") throw new Error(`HiGHS: ${solution.Status}`);
    const value = solution.ObjectiveValue;
    // An LP optimum is rounded inwards to whole people, as any attacker would.
    return (sense === "Maximize" ? Math.floor(value + 1e-6) : Math.ceil(value - 1e-6)) + 0;
  }
}

export interface TableSpec {
  indicator: string;
  year: number;
  /** Age bands, or [] for totals only. */
  categories: readonly string[];
  /** Sensitive indicators are suppressed by the published rules; plain counts never are. */
  sensitive?: boolean;
  baseCode: string;
}

export interface PublishedKnowledge {
  parameters: DisclosureParameters;
  /**
   * Also use the rules the site states on its explanation page: "a count from 1 to 9 is
   * withheld; a 0 too when there are people in the group; a group in which (nearly)
   * everyone has the attribute is withheld as well". So a published count of a sensitive
   * indicator in a populated group is at least T and at most its base − T.
   */
  publishedRule?: boolean;
  /**
   * Forget every published count of a sensitive indicator (as if all were hidden) except
   * the structural zeros: what the published base populations (and plain population
   * counts) alone tell. This is the a-priori cap of the design's refinement.
   */
  basesOnly?: boolean;
  /**
   * Model the base populations as unknowns of their own: each published base is a rounded
   * value, bases add up over areas and age bands like counts, and a count is at most its
   * (true) base. Tighter than "count ≤ published base + 4" wherever bases can be unpicked.
   */
  baseVariables?: boolean;
}

const baseTables = new WeakMap<Attacker, Set<string>>();
export const baseKey = (baseCode: string, year: number, area: string, category: string) => `basis|${baseCode}|${year}|${area}|${category}`;

/**
 * Adds one published table (an indicator in one year) to the attacker's program: its
 * additive structure, and every published value as an interval.
 */
export function addPublishedTable(
  attacker: Attacker,
  division: Division,
  release: PublicRelease,
  spec: TableSpec,
  knowledge: PublishedKnowledge,
): void {
  const { roundingBase, threshold } = knowledge.parameters;
  const slack = roundingBase - 1;
  const categories = [TOTAL, ...spec.categories];
  const key = (area: string, category: string) => registerKey(spec.indicator, spec.year, area, category);
  for (const area of division.areas) {
    for (const category of categories) {
      const value: ReleasedValue = release.get(spec.indicator, spec.year, area, category);
      const cell = key(area, category);
      attacker.bound(cell, 0);
      if (value.base !== null) attacker.bound(cell, 0, value.base + slack);
      if (knowledge.baseVariables && value.base !== null) {
        const base = baseKey(spec.baseCode, spec.year, area, category);
        attacker.bound(base, Math.max(0, value.base - slack), value.base + slack);
        attacker.atMost([[cell, 1], [base, -1]], 0);
      }
      const sensitive = spec.sensitive !== false;
      if (value.status === "PUBLISHED" && value.count !== null && sensitive && value.base === 0) {
        // A structural zero: a base of 1-4 rounded to 0 would have made the count small, so hidden.
        attacker.bound(cell, 0, 0);
      } else if (value.status === "PUBLISHED" && value.count !== null && !(knowledge.basesOnly && sensitive)) {
        attacker.bound(cell, Math.max(0, value.count - slack), value.count + slack);
        if (knowledge.publishedRule && sensitive) attacker.bound(cell, threshold, (value.base ?? 0) + slack - threshold);
      }
    }
    const children = division.childrenOf(area);
    if (children.length > 0) {
      for (const category of categories) attacker.sum(key(area, category), children.map((child) => key(child, category)));
    }
    if (spec.categories.length > 0) attacker.sum(key(area, TOTAL), spec.categories.map((category) => key(area, category)));
  }
  if (knowledge.baseVariables) {
    const added = baseTables.get(attacker) ?? new Set<string>();
    baseTables.set(attacker, added);
    const id = `${spec.baseCode}|${spec.year}|${categories.join(",")}`;
    if (added.has(id)) return;
    added.add(id);
    const base = (area: string, category: string) => baseKey(spec.baseCode, spec.year, area, category);
    for (const area of division.areas) {
      const children = division.childrenOf(area);
      if (children.length > 0) {
        for (const category of categories) attacker.sum(base(area, category), children.map((child) => base(child, category)));
      }
      if (spec.categories.length > 0) attacker.sum(base(area, TOTAL), spec.categories.map((category) => base(area, category)));
    }
  }
}

/** Whether an interval protects a hidden primary with true value n, per the design note. */
export function protectionShortfall(
  interval: Interval,
  n: number,
  aprioriUpper: number,
  { protection }: DisclosureParameters,
): string | null {
  if (interval.upper - interval.lower < 1) return `determined: exactly ${interval.lower}`;
  if (interval.upper < Math.min(n + protection, aprioriUpper)) return `upper bound ${interval.upper} < ${Math.min(n + protection, aprioriUpper)}`;
  if (interval.lower > Math.max(0, n - protection)) return `lower bound ${interval.lower} > ${Math.max(0, n - protection)}`;
  return null;
}
