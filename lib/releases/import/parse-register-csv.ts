import { AREA_CODE_PATTERN } from "../../areas/area-code.ts";
import { childrenOf } from "../../disclosure/hierarchical-table.ts";
import { type ImportProblem, ImportError, ProblemList } from "../../import/import-problem.ts";
import { readCsv } from "../../import/read-csv.ts";
import { type RegisterCell, type RegisterData, registerKey, TOTAL_CATEGORY } from "./register-data.ts";

// The documented raw input: one row per area × indicator × year × category,
//   gebiedscode,indicator,jaar,categorie,aantal,basis
// with categorie "totaal" for the total. Every message names a position (line, area,
// indicator, year, category) and never a count: these are the municipality's raw data.

export const REGISTER_COLUMNS = ["gebiedscode", "indicator", "jaar", "categorie", "aantal", "basis"] as const;

export interface RegisterArea {
  code: string;
  parentCode: string | null;
}

export interface RegisterIndicator {
  base: string;
  /** The base population's categories when the indicator is split by them, else empty. */
  categories: string[];
}

export interface RegisterContext {
  /** The current division, parents before children. */
  areas: RegisterArea[];
  indicators: Map<string, RegisterIndicator>;
}

const COUNT = /^\d{1,9}$/;
const INDICATOR_CODE = /^[a-z][a-z0-9_-]*$/;
const YEAR = /^(19|20)\d\d$/;

function cellName(indicator: string, year: number | string, category: string): string {
  return `${indicator} ${year} ${category}`;
}

/**
 * Reads and checks the register counts against the division and the catalogue. Wijk and
 * gemeente rows may be left out (they are summed from the buurten); when given they must
 * add up. Any problem throws ImportError before anything is stored.
 */
export function parseRegisterCsv(content: string, file: string, context: RegisterContext): RegisterData {
  const { header, rows } = readCsv(content, file, { quoteData: false });
  const missing = REGISTER_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new ImportError([{ file, key: "missingColumns", values: { columns: missing.join(", ") } }]);
  const column = Object.fromEntries(REGISTER_COLUMNS.map((name) => [name, header.indexOf(name)])) as Record<
    (typeof REGISTER_COLUMNS)[number],
    number
  >;

  const areaIndex = new Map(context.areas.map((area, index) => [area.code, index]));
  const problems = new ProblemList();
  const cells = new Map<string, RegisterCell & { line: number }>();
  const years = new Set<number>();
  const indicators = new Set<string>();

  for (const { line, cells: raw } of rows) {
    const get = (name: (typeof REGISTER_COLUMNS)[number]) => (raw[column[name]] ?? "").trim();
    const area = get("gebiedscode").toUpperCase();
    const indicator = get("indicator");
    const yearText = get("jaar");
    const category = get("categorie") || TOTAL_CATEGORY;
    // In a shifted row any cell may hold a count, so a message repeats a cell only when it
    // has a shape no count can have (a CBS code, a code starting with a letter) or was recognised.
    const where: ImportProblem = { key: "", file, item: line };
    if (AREA_CODE_PATTERN.test(area)) where.code = area;
    if (INDICATOR_CODE.test(indicator)) where.name = indicator;

    if (!areaIndex.has(area)) {
      problems.add({ ...where, key: "unknownArea" });
      continue;
    }
    const definition = context.indicators.get(indicator);
    if (!definition) {
      problems.add({ ...where, key: "unknownIndicator" });
      continue;
    }
    if (!YEAR.test(yearText)) {
      problems.add({ ...where, key: "invalidYear" });
      continue;
    }
    where.name = `${indicator} ${yearText}`;
    if (category !== TOTAL_CATEGORY && !definition.categories.includes(category)) {
      const categories = definition.categories.length > 0 ? definition.categories.join(", ") : "—";
      problems.add({ ...where, key: "unknownCategory", values: { categories } });
      continue;
    }
    where.name = cellName(indicator, yearText, category);
    const numbers: Record<"aantal" | "basis", number> = { aantal: 0, basis: 0 };
    let valid = true;
    for (const name of ["aantal", "basis"] as const) {
      const text = get(name);
      if (COUNT.test(text)) numbers[name] = Number(text);
      else {
        problems.add({ ...where, key: /^-\d+$/.test(text) ? "negativeCount" : "invalidCount", values: { column: name } });
        valid = false;
      }
    }
    if (!valid) continue;
    if (numbers.aantal > numbers.basis) {
      problems.add({ ...where, key: "countAboveBase" });
      continue;
    }
    const key = registerKey(indicator, Number(yearText), area, category);
    const first = cells.get(key);
    if (first) {
      problems.add({ ...where, key: "duplicateRow", values: { firstLine: first.line } });
      continue;
    }
    cells.set(key, { count: numbers.aantal, base: numbers.basis, line });
    years.add(Number(yearText));
    indicators.add(indicator);
  }
  problems.throwIfAny();
  if (cells.size === 0) throw new ImportError([{ file, key: "noRegisterRows" }]);

  const complete = completeHierarchy(
    new Map([...cells].map(([key, { count, base }]) => [key, { count, base }])),
    context,
    [...indicators],
    [...years],
    file,
    problems,
  );
  problems.throwIfAny();
  checkSharedBases(complete, context, [...indicators], [...years], file, problems);
  problems.throwIfAny();
  return { cells: complete, indicators: [...indicators].sort(), years: [...years].sort((a, b) => a - b) };
}

/**
 * Checks that every buurt has its totals and categories and that they add up, and sums the
 * wijken and the gemeente where the file leaves them out.
 */
function completeHierarchy(
  cells: Map<string, RegisterCell>,
  context: RegisterContext,
  indicators: string[],
  years: number[],
  file: string,
  problems: ProblemList,
): Map<string, RegisterCell> {
  const complete = new Map<string, RegisterCell>(cells);
  const parents = context.areas.map((area) => context.areas.findIndex((candidate) => candidate.code === area.parentCode));
  const children = childrenOf({ areaParents: parents, categoryCount: 0 });
  // Children before parents, so every parent can be checked or summed from complete children.
  const order = context.areas.map((_, index) => index).reverse();

  for (const indicator of indicators) {
    const { categories } = context.indicators.get(indicator)!;
    const all = [TOTAL_CATEGORY, ...categories];
    for (const year of years) {
      const anyRow = context.areas.some((area) => all.some((c) => cells.has(registerKey(indicator, year, area.code, c))));
      if (!anyRow) continue;
      const missingLeaves: string[] = [];
      for (const areaIndex of order) {
        const area = context.areas[areaIndex]!;
        const kids = children[areaIndex]!;
        const has = all.map((c) => cells.has(registerKey(indicator, year, area.code, c)));
        const where = { file, code: area.code, name: `${indicator} ${year}` };
        if (kids.length === 0) {
          if (!has.some(Boolean)) {
            missingLeaves.push(area.code);
            continue;
          }
        } else if (!has.some(Boolean)) {
          // A wijk or the gemeente left out: the sum of its parts.
          for (const c of all) {
            const parts = kids.map((kid) => complete.get(registerKey(indicator, year, context.areas[kid]!.code, c)));
            if (parts.some((part) => part === undefined)) continue;
            complete.set(registerKey(indicator, year, area.code, c), {
              count: parts.reduce((sum, part) => sum + part!.count, 0),
              base: parts.reduce((sum, part) => sum + part!.base, 0),
            });
          }
          continue;
        }
        if (!has[0]) {
          problems.add({ ...where, key: "missingTotal" });
          continue;
        }
        const absent = categories.filter((_, i) => !has[i + 1]);
        if (absent.length > 0) {
          problems.add({ ...where, key: "missingCategory", values: { categories: absent.join(", ") } });
          continue;
        }
        const total = complete.get(registerKey(indicator, year, area.code, TOTAL_CATEGORY))!;
        if (categories.length > 0) {
          const parts = categories.map((c) => complete.get(registerKey(indicator, year, area.code, c))!);
          if (parts.reduce((s, p) => s + p.count, 0) !== total.count || parts.reduce((s, p) => s + p.base, 0) !== total.base) {
            problems.add({ ...where, key: "categoriesDontAddUp" });
          }
        }
        if (kids.length > 0) {
          for (const c of all) {
            const own = complete.get(registerKey(indicator, year, area.code, c))!;
            const parts = kids.map((kid) => complete.get(registerKey(indicator, year, context.areas[kid]!.code, c)));
            if (parts.some((part) => part === undefined)) continue;
            const count = parts.reduce((sum, part) => sum + part!.count, 0);
            const base = parts.reduce((sum, part) => sum + part!.base, 0);
            if (count !== own.count || base !== own.base) {
              problems.add({ ...where, key: "areasDontAddUp", values: { category: c } });
              break;
            }
          }
        }
      }
      if (missingLeaves.length > 0) {
        const codes = missingLeaves.slice(0, 5).join(", ") + (missingLeaves.length > 5 ? ", …" : "");
        problems.add({ file, name: `${indicator} ${year}`, key: "missingAreas", values: { count: missingLeaves.length, codes } });
      }
    }
  }
  return complete;
}

/** Indicators on one base population must agree on its size, area by area. */
function checkSharedBases(
  cells: Map<string, RegisterCell>,
  context: RegisterContext,
  indicators: string[],
  years: number[],
  file: string,
  problems: ProblemList,
): void {
  const seen = new Map<string, { base: number; indicator: string }>();
  for (const indicator of indicators) {
    const { base: baseCode, categories } = context.indicators.get(indicator)!;
    for (const year of years) {
      for (const area of context.areas) {
        for (const category of [TOTAL_CATEGORY, ...categories]) {
          const cell = cells.get(registerKey(indicator, year, area.code, category));
          if (!cell) continue;
          const key = `${baseCode}|${year}|${area.code}|${category}`;
          const first = seen.get(key);
          if (!first) seen.set(key, { base: cell.base, indicator });
          else if (first.base !== cell.base) {
            problems.add({ file, code: area.code, name: cellName(indicator, year, category), key: "baseMismatch", values: { other: first.indicator } });
          }
        }
      }
    }
  }
}
