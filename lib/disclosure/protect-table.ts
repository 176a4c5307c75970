import type { AuditIntervals, AuditProblem, Bounds } from "./audit/audit-problem.ts";
import { checkWithCaps } from "./audit/check-with-caps.ts";
import type { AuditFailure } from "./audit/criteria.ts";
import { type AdditiveGroup, additiveGroups, cellCount, type HierarchicalTable } from "./hierarchical-table.ts";
import type { DisclosureParameters } from "./parameters.ts";
import { type PrimaryRule, primaryRule } from "./primary-rules.ts";
import { cellUniform, roundedInterval, roundUnbiased } from "./rounding.ts";
import { cheapestComplement, type ComplementContext } from "./secondary/complement-cost.ts";
import { applyOneDimensionalRule } from "./secondary/one-dimensional-rule.ts";

/**
 * Why a cell is hidden: a primary rule, a linked table (L: a subset of a hidden cell of
 * another indicator), the one-dimensional complement rule (S1) or the audit loop (S2).
 */
export type SuppressionReason = PrimaryRule | "L" | "S1" | "S2";

export interface TableInput {
  shape: HierarchicalTable;
  /** Stable identity per cell (indicator|year|area|category): seeds its rounding; names it in reports. */
  cellIds: string[];
  /** Identity of each cell's base-population cell, shared by every indicator on that base. */
  baseIds: string[];
  /** True counts and base populations: only ever in memory on the publishing machine. */
  values: number[];
  bases: number[];
  /** Cells hidden in the previous year or release: preferred as complements. */
  preferred?: Set<number>;
  /** What an attacker knows from elsewhere (CBS, an earlier release, a linked table), per cell. */
  knowledge?: (Bounds | undefined)[];
  /** Cells that must be hidden whatever their value: subsets of cells hidden in a linked table. */
  forcedHidden?: Set<number>;
  /** The tightest upper bound on each cell's base from all published base figures. */
  caps?: number[];
  /**
   * The bases as already rounded by the caller from `baseIds` (one base population serves
   * many indicators, so it is rounded once); without it, rounded here the same way.
   */
  publishedBases?: number[];
}

/** Computes feasibility intervals; `feasible` is a point satisfying every bound and group (the true values). */
export type Auditor = (shape: HierarchicalTable, problem: AuditProblem, feasible: number[]) => AuditIntervals;

export interface ProtectOptions {
  parameters: DisclosureParameters;
  salt: string;
  auditor: Auditor;
  /** Rounds of the audit loop before giving up. */
  maxAuditRounds?: number;
}

export interface TableAuditSummary {
  passed: boolean;
  rounds: number;
  hiddenCells: number;
  /** Narrowest interval of any hidden cell, as far as the auditor looked (see `reach`). */
  narrowestWidth: number | null;
  /** Failing cells and sums by position, never by value. */
  failures: { cellId: string; reason: AuditFailure["reason"] }[];
}

export interface ProtectedTable {
  hidden: boolean[];
  reasons: (SuppressionReason | null)[];
  /** Rounded count of each published cell, null where hidden. */
  published: (number | null)[];
  /** Rounded base population of every cell (base populations are not sensitive). */
  publishedBases: number[];
  audit: TableAuditSummary;
}

/** Groups ordered bottom-up: deepest totals first, so complements are found where the counts are. */
function bottomUp(shape: HierarchicalTable, groups: AdditiveGroup[]): AdditiveGroup[] {
  const depth = shape.areaParents.map(() => 0);
  shape.areaParents.forEach((parent, area) => {
    if (parent >= 0) depth[area] = depth[parent]! + 1;
  });
  const areaOf = (cell: number) => Math.floor(cell / (shape.categoryCount + 1));
  return [...groups].sort((a, b) => depth[areaOf(b.total)]! - depth[areaOf(a.total)]! || a.total - b.total);
}

/**
 * What an attacker knows of each cell given what is published: exact, a rounding interval,
 * or 0..cap. A published count whose published base is 0 is a structural zero: a base of
 * 1-4 rounded to 0 would have made the count small, and so hidden. With `publishedRule`
 * (the rules are public) a published count in a populated group also passed P1 and P2:
 * it is at least T and at most its base minus T.
 */
export interface AttackerKnowledge {
  /** What is known from elsewhere (CBS, an earlier release, a linked table), per cell. */
  knowledge?: (Bounds | undefined)[];
  /** The public rules: a published count in a populated group passed P1 and P2. */
  publishedRule?: { threshold: number };
  /** The tightest upper bound on each cell's base from all published base figures. */
  caps?: number[];
}

export function attackerBounds(
  hidden: boolean[],
  published: (number | null)[],
  publishedBases: number[],
  roundingBase: number,
  { knowledge, publishedRule, caps }: AttackerKnowledge = {},
): Bounds[] {
  return hidden.map((isHidden, cell) => {
    const cap = Math.min(publishedBases[cell]! + (roundingBase - 1), caps?.[cell] ?? Number.POSITIVE_INFINITY);
    let bounds: Bounds;
    if (!isHidden && publishedBases[cell] === 0) bounds = { lower: 0, upper: 0 };
    else if (isHidden) bounds = { lower: 0, upper: cap };
    else {
      const interval = roundedInterval(published[cell]!, roundingBase);
      bounds = { lower: interval.lower, upper: Math.min(interval.upper, cap) };
      if (publishedRule) {
        bounds = {
          lower: Math.max(bounds.lower, publishedRule.threshold),
          upper: Math.min(bounds.upper, cap - publishedRule.threshold),
        };
      }
    }
    const known = knowledge?.[cell];
    return known ? { lower: Math.max(bounds.lower, known.lower), upper: Math.min(bounds.upper, known.upper) } : bounds;
  });
}

/**
 * What the published base populations alone tell: every count hidden, except the
 * structural zeros, which are published as 0 and known exactly. Deliberately without
 * knowledge from elsewhere: what CBS or an earlier release gives away is not excused by
 * having been given away before; the audit must show it.
 */
export function aprioriBounds(
  hidden: boolean[],
  published: (number | null)[],
  publishedBases: number[],
  roundingBase: number,
  caps?: number[],
): Bounds[] {
  const structuralZero = (cell: number) => !hidden[cell] && publishedBases[cell] === 0;
  return attackerBounds(hidden.map((_, cell) => !structuralZero(cell)), published, publishedBases, roundingBase, { caps });
}

/**
 * Protects one table: primary rules, rounding, the one-dimensional complement rule, then
 * the audit loop, which adds the cheapest complement for every cell that still fails,
 * until the audit passes or no complement is left (then the table fails, loudly).
 */
export function protectTable(input: TableInput, options: ProtectOptions): ProtectedTable {
  const { parameters, salt, auditor } = options;
  const { shape, values, bases, cellIds } = input;
  const n = cellCount(shape);
  // The auditor gets the relations in the table's own order; the complement rule walks them bottom-up.
  const tableGroups = additiveGroups(shape);
  const groups = bottomUp(shape, tableGroups);

  const reasons: (SuppressionReason | null)[] = values.map((value, cell) => primaryRule(value, bases[cell]!, parameters));
  for (const cell of input.forcedHidden ?? []) reasons[cell] ??= "L";
  const hidden = reasons.map((reason) => reason !== null);
  const isPrimary = (cell: number) => reasons[cell] === "P1" || reasons[cell] === "P2";

  const publishedBases =
    input.publishedBases ??
    bases.map((base, cell) => roundUnbiased(base, parameters.roundingBase, cellUniform(salt, input.baseIds[cell]!)));

  const totalOf = new Array<number>(n).fill(0);
  const groupsOf: AdditiveGroup[][] = Array.from({ length: n }, () => []);
  for (const group of groups) {
    totalOf[group.total]!++;
    for (const member of [group.total, ...group.parts]) groupsOf[member]!.push(group);
  }
  const context: ComplementContext = {
    values,
    protection: parameters.protection,
    totalOf,
    preferred: input.preferred ?? new Set(),
  };

  for (const cell of applyOneDimensionalRule(groups, hidden, isPrimary, parameters.threshold, context)) reasons[cell] = "S1";
  // A cell hidden now stays hidden, and nothing reads a hidden cell's rounded value: the
  // rounding draw (an HMAC, most of the cost at national scale) is made for the rest only.
  const rounded = values.map((value, cell) =>
    hidden[cell] ? Number.NaN : roundUnbiased(value, parameters.roundingBase, cellUniform(salt, cellIds[cell]!)),
  );

  const maxRounds = options.maxAuditRounds ?? 50;
  let failures: AuditFailure[] = [];
  let intervals: AuditIntervals = { cells: [], sums: [] };
  let targets: number[] = [];
  let sums: { group: AdditiveGroup; cells: number[] }[] = [];
  let rounds = 0;
  // Every change is followed by an audit: the loop ends on a pass, on exhaustion, or on the round limit.
  for (; ; rounds++) {
    targets = hidden.flatMap((isHidden, cell) => (isHidden ? [cell] : []));
    // The virtual cells: what the hidden primaries among a group's parts add up to.
    sums = tableGroups
      .map((group) => ({ group, cells: group.parts.filter((cell) => hidden[cell] && isPrimary(cell)) }))
      .filter(({ cells }) => cells.length >= 2);
    if (targets.length === 0) {
      failures = [];
      break;
    }
    const rule = { threshold: parameters.threshold };
    const problem: AuditProblem = {
      groups: tableGroups,
      bounds: attackerBounds(hidden, rounded, publishedBases, parameters.roundingBase, {
        knowledge: input.knowledge,
        publishedRule: rule,
        caps: input.caps,
      }),
      targets,
      sums: sums.map(({ cells }) => cells),
    };
    intervals = auditor(shape, problem, values);
    failures = checkWithCaps(
      {
        problem,
        intervals,
        aprioriBounds: aprioriBounds(hidden, rounded, publishedBases, parameters.roundingBase, input.caps),
        solve: (smaller) => auditor(shape, smaller, values),
        truth: { values, isPrimary },
      },
      parameters,
    );
    if (failures.length === 0 || rounds + 1 >= maxRounds) break;

    // Parts first, as in the one-dimensional rule: a hidden total cascades upwards. A round
    // adds totals only when no failing cell can be helped by a part; after parts the audit
    // runs again, since they often settle the cells that seemed to need a total.
    let added = 0;
    for (const pick of ["parts", "totals"] as const) {
      const touched = new Set<AdditiveGroup>();
      for (const failure of failures) {
        const candidateGroups = failure.cell !== undefined ? groupsOf[failure.cell]! : [sums[failure.sum!]!.group];
        if (candidateGroups.some((group) => touched.has(group))) continue;
        const members = candidateGroups.flatMap((group) => (pick === "parts" ? group.parts : [group.total]));
        const complement = cheapestComplement(members, hidden, context);
        if (complement === undefined) continue;
        hidden[complement] = true;
        reasons[complement] = "S2";
        for (const group of groupsOf[complement]!) touched.add(group);
        added++;
      }
      if (added > 0) break;
    }
    // Every member of the failing cell's own groups may already be hidden while published
    // cells one group further still pin it (a neighbour buurt's total and the wijk total
    // fix the buurt's total, and with it each of its categories). Then look further out
    // through the hidden cells, nearest groups first.
    if (added === 0) {
      for (const failure of failures) {
        const start = failure.cell !== undefined ? [failure.cell] : sums[failure.sum!]!.cells;
        const complement = nearestComplement(start, groupsOf, hidden, context);
        if (complement === undefined || hidden[complement]) continue;
        hidden[complement] = true;
        reasons[complement] = "S2";
        added++;
      }
    }
    if (added === 0) break;
  }

  const widths = intervals.cells.map(({ lower, upper }) => upper - lower);
  return {
    hidden,
    reasons,
    published: rounded.map((value, cell) => (hidden[cell] ? null : value)),
    publishedBases,
    audit: {
      passed: failures.length === 0,
      rounds: rounds + 1,
      hiddenCells: targets.length,
      narrowestWidth: widths.length > 0 ? Math.min(...widths) : null,
      failures: failures.map((failure) => ({
        cellId: failure.cell !== undefined ? cellIds[failure.cell]! : cellIds[sums[failure.sum!]!.group.total]!,
        reason: failure.reason,
      })),
    },
  };
}

/**
 * The cheapest complement in the nearest groups that still have one, walking from `start`
 * through hidden cells only: published cells beyond are what pins a hidden block.
 */
function nearestComplement(
  start: number[],
  groupsOf: AdditiveGroup[][],
  hidden: boolean[],
  context: ComplementContext,
): number | undefined {
  const reached = new Set(start);
  const seenGroups = new Set<AdditiveGroup>();
  let frontier = start;
  while (frontier.length > 0) {
    const candidates: number[] = [];
    const next: number[] = [];
    for (const cell of frontier) {
      for (const group of groupsOf[cell]!) {
        if (seenGroups.has(group)) continue;
        seenGroups.add(group);
        for (const member of [group.total, ...group.parts]) {
          if (!hidden[member]) candidates.push(member);
          else if (!reached.has(member)) {
            reached.add(member);
            next.push(member);
          }
        }
      }
    }
    const complement = cheapestComplement(candidates, hidden, context);
    if (complement !== undefined) return complement;
    frontier = next;
  }
  return undefined;
}
