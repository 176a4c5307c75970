import { describe, expect, it } from "vitest";
import { generateRegisterCounts } from "@/lib/demo/generate-register-counts.ts";
import { toRegisterCsv } from "@/lib/demo/to-register-csv.ts";
import { demoBuurten, demoCatalogue, demoWijken } from "./support/demo-input-from-files.ts";
import { ImportError, type ImportProblem } from "@/lib/import/import-problem.ts";
import {
  parseRegisterCsv,
  type RegisterArea,
  type RegisterContext,
  type RegisterIndicator,
} from "@/lib/releases/import/parse-register-csv.ts";
import { registerKey } from "@/lib/releases/import/register-data.ts";

// The raw register input of `npm run publish`: every way it can be wrong, and the rule that
// no problem ever repeats a count from the file (they are the municipality's raw data).

const FILE = "register.csv";
const HEADER = "gebiedscode,indicator,jaar,categorie,aantal,basis";

// A small division: GM1991 ⊃ WK199101 {BU19910101, BU19910102}, WK199102 {BU19910201, BU19910202}.
const AREAS: RegisterArea[] = [
  { code: "GM1991", parentCode: null },
  { code: "WK199101", parentCode: "GM1991" },
  { code: "WK199102", parentCode: "GM1991" },
  { code: "BU19910101", parentCode: "WK199101" },
  { code: "BU19910102", parentCode: "WK199101" },
  { code: "BU19910201", parentCode: "WK199102" },
  { code: "BU19910202", parentCode: "WK199102" },
];
const BUURTEN = AREAS.filter((a) => a.code.startsWith("BU")).map((a) => a.code);
const WIJKEN = AREAS.filter((a) => a.code.startsWith("WK")).map((a) => a.code);
const AGES = ["18-64", "65+"];
// bijstand, bijstand_langdurig and briefadres count within the same base population.
const INDICATORS = new Map<string, RegisterIndicator>([
  ["bijstand", { base: "inwoners-18plus", categories: AGES }],
  ["bijstand_langdurig", { base: "inwoners-18plus", categories: AGES }],
  ["briefadres", { base: "inwoners-18plus", categories: [] }],
  ["wmo_totaal", { base: "inwoners", categories: [] }],
]);
const CONTEXT: RegisterContext = { areas: AREAS, indicators: INDICATORS };

// Buurt counts and bases per age band. Every count and base in these files is at least 100
// and no year, so a leaked count is recognisable in a message (line numbers stay small).
const BUURT_CELLS: Record<string, Record<string, { aantal: number; basis: number }>> = {
  BU19910101: { "18-64": { aantal: 131, basis: 4211 }, "65+": { aantal: 147, basis: 1733 } },
  BU19910102: { "18-64": { aantal: 218, basis: 3877 }, "65+": { aantal: 109, basis: 1529 } },
  BU19910201: { "18-64": { aantal: 176, basis: 2963 }, "65+": { aantal: 123, basis: 1187 } },
  BU19910202: { "18-64": { aantal: 254, basis: 5119 }, "65+": { aantal: 138, basis: 2041 } },
};
// Other indicators: their own counts, and for the same base population the same bases.
const COUNT_OF: Record<string, (aantal: number) => number> = {
  bijstand: (n) => n,
  bijstand_langdurig: (n) => Math.floor(n / 2) + 50,
  briefadres: (n) => n + 3,
  wmo_totaal: (n) => 3 * n + 1,
};
const BASE_OF: Record<string, (basis: number) => number> = {
  bijstand: (b) => b,
  bijstand_langdurig: (b) => b,
  briefadres: (b) => b,
  wmo_totaal: (b) => b + 1307,
};

type Level = "buurt" | "wijk" | "gemeente";
type Row = [area: string, indicator: string, year: string, category: string, aantal: string, basis: string];

/** The true cells of one indicator: every area (wijken and gemeente summed) × totaal and its categories. */
function cellsOf(indicator: string): Map<string, { aantal: number; basis: number }> {
  const categories = INDICATORS.get(indicator)!.categories;
  const cells = new Map<string, { aantal: number; basis: number }>();
  const add = (areaCode: string, category: string, aantal: number, basis: number) => {
    const key = `${areaCode}|${category}`;
    const cell = cells.get(key) ?? { aantal: 0, basis: 0 };
    cells.set(key, { aantal: cell.aantal + aantal, basis: cell.basis + basis });
  };
  for (const buurt of BUURTEN) {
    const wijk = AREAS.find((a) => a.code === buurt)!.parentCode!;
    for (const age of AGES) {
      const aantal = COUNT_OF[indicator]!(BUURT_CELLS[buurt]![age]!.aantal);
      const basis = BASE_OF[indicator]!(BUURT_CELLS[buurt]![age]!.basis);
      for (const areaCode of [buurt, wijk, "GM1991"]) {
        if (categories.includes(age)) add(areaCode, age, aantal, basis);
        add(areaCode, "totaal", aantal, basis);
      }
    }
  }
  return cells;
}

/** Rows of one indicator and year for the given levels, in division order. */
function rowsOf(indicator: string, year = 2023, levels: Level[] = ["buurt"]): Row[] {
  const cells = cellsOf(indicator);
  const levelOf = (code: string): Level => (code.startsWith("BU") ? "buurt" : code.startsWith("WK") ? "wijk" : "gemeente");
  return AREAS.filter((a) => levels.includes(levelOf(a.code))).flatMap(({ code }) =>
    ["totaal", ...INDICATORS.get(indicator)!.categories].map((category): Row => {
      const cell = cells.get(`${code}|${category}`)!;
      return [code, indicator, String(year), category, String(cell.aantal), String(cell.basis)];
    }),
  );
}

const csv = (rows: readonly (readonly string[])[], header = HEADER) => [header, ...rows.map((row) => row.join(","))].join("\n") + "\n";
/** The 1-based line of a row in `csv(rows)`. */
const lineOf = (rows: readonly Row[], row: Row) => rows.indexOf(row) + 2;
const find = (rows: Row[], area: string, category = "totaal") => rows.find((r) => r[0] === area && r[3] === category)!;

/** Every count and base in the file's aantal and basis columns (numbers of three digits or more). */
function countsIn(content: string): string[] {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (lines.length === 0) return [];
  const header = lines[0]!.split(",").map((cell) => cell.trim());
  const columns = ["aantal", "basis"].map((name) => header.indexOf(name)).filter((index) => index >= 0);
  const numbers = lines.slice(1).flatMap((line) => {
    const cells = line.split(",");
    return columns.flatMap((index) => cells[index]?.match(/\d+/g) ?? []);
  });
  return [...new Set(numbers.filter((n) => n.length >= 3))];
}

/** Asserts that no count of the file appears in the error: not in its message, not in any problem. */
function expectNoCountEchoed(error: ImportError, content: string, extra: string[] = []): void {
  const said = [error.message, ...error.problems.map((problem) => JSON.stringify(problem))].join("\n");
  for (const count of [...countsIn(content), ...extra]) {
    expect(said, `count ${count} echoed`).not.toMatch(new RegExp(`(?<!\\d)${count.replace(/[.+]/g, "\\$&")}(?!\\d)`));
  }
}

/** The problems of a refused file; every refusal is also checked for echoed counts. */
function problemsOf(content: string, context: RegisterContext = CONTEXT): ImportProblem[] {
  try {
    parseRegisterCsv(content, FILE, context);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expectNoCountEchoed(error, content);
    return error.problems;
  }
  throw new Error("expected an ImportError, but the file was accepted");
}

type RegisterData = ReturnType<typeof parseRegisterCsv>;

/** Count and base of every cell (the parser also leaves its own bookkeeping on given rows, see below). */
const plainCells = (data: RegisterData) => new Map([...data.cells].map(([key, { count, base }]) => [key, { count, base }]));
const plain = (data: RegisterData) => ({ ...data, cells: plainCells(data) });

const cellOf = (data: RegisterData, indicator: string, year: number, areaCode: string, category = "totaal") => {
  const cell = data.cells.get(registerKey(indicator, year, areaCode, category));
  return cell && { count: cell.count, base: cell.base };
};

describe("parseRegisterCsv: refused files", () => {
  it("names every missing column, in the documented order", () => {
    const rows = rowsOf("briefadres");
    const without = (drop: string[]) => {
      const keep = HEADER.split(",").map((name, index) => ({ name, index })).filter(({ name }) => !drop.includes(name));
      return csv(
        rows.map((row) => keep.map(({ index }) => row[index]!)),
        keep.map(({ name }) => name).join(","),
      );
    };
    expect(problemsOf(without(["basis"]))).toEqual([{ file: FILE, key: "missingColumns", values: { columns: "basis" } }]);
    expect(problemsOf(without(["jaar", "aantal"]))).toEqual([{ file: FILE, key: "missingColumns", values: { columns: "jaar, aantal" } }]);
    // A misspelt header is a missing column, not a silently ignored one.
    expect(problemsOf(csv(rows, "gebiedscode,indicator,jaar,categorie,aantallen,basis"))).toEqual([
      { file: FILE, key: "missingColumns", values: { columns: "aantal" } },
    ]);
    // A file without its header line: the first data row is read as the header.
    expect(problemsOf(rows.map((row) => row.join(",")).join("\n"))[0]).toMatchObject({ key: "missingColumns" });
  });

  it("refuses an empty file, also one with only a byte-order mark and blank lines", () => {
    expect(problemsOf("")).toEqual([{ file: FILE, key: "emptyFile" }]);
    expect(problemsOf("\uFEFF\n  \r\n")).toEqual([{ file: FILE, key: "emptyFile" }]);
  });

  it("refuses a file with only the header: there are no data rows", () => {
    expect(problemsOf(`${HEADER}\n`)).toEqual([{ file: FILE, key: "noRegisterRows" }]);
    expect(problemsOf(`${HEADER}\n\n\n`)).toEqual([{ file: FILE, key: "noRegisterRows" }]);
  });

  it("refuses malformed CSV by line only, without the parser's message, which could quote the counts", () => {
    const rows = rowsOf("bijstand");
    const lines = csv(rows).split("\n");
    // An unclosed quote in a count: the parser's own message would quote the text after it.
    lines[3] = `BU19910101,bijstand,2023,65+,"147,1733`;
    const content = lines.join("\n");
    const problems = problemsOf(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({ file: FILE, item: expect.any(Number), key: "csvMalformedNoDetail" });
    expect(problems[0]!.values).toBeUndefined();
  });

  it("refuses rows with too few or too many cells by line and cell count, not by content", () => {
    const rows = rowsOf("briefadres");
    const content = csv([...rows.slice(0, 2), ["BU19910201", "briefadres", "2023", "totaal", "302"] as unknown as Row, [...rows[3]!, "4150"] as unknown as Row]);
    expect(problemsOf(content)).toEqual([
      { file: FILE, item: 4, key: "wrongCellCount", values: { count: 5, expected: 6 } },
      { file: FILE, item: 5, key: "wrongCellCount", values: { count: 7, expected: 6 } },
    ]);
  });

  it("refuses an area that is not in the division, naming line, code and indicator", () => {
    const rows = rowsOf("briefadres");
    rows.push(
      ["BU19919999", "briefadres", "2023", "totaal", "141", "2311"],
      ["BU08560101", "briefadres", "2023", "totaal", "152", "2412"],
      ["Centrum", "briefadres", "2023", "totaal", "152", "2412"],
    );
    // Only text that cannot be a count is repeated: a CBS code, an indicator code.
    expect(problemsOf(csv(rows))).toEqual([
      { file: FILE, item: 6, code: "BU19919999", name: "briefadres", key: "unknownArea" },
      { file: FILE, item: 7, code: "BU08560101", name: "briefadres", key: "unknownArea" },
      { file: FILE, item: 8, name: "briefadres", key: "unknownArea" },
    ]);
  });

  it("refuses an indicator that is not in the catalogue", () => {
    const rows = rowsOf("briefadres");
    rows[1] = ["BU19910102", "bijstand_kort", "2023", "totaal", "221", "5406"];
    expect(problemsOf(csv(rows))).toEqual([
      { file: FILE, item: 3, code: "BU19910102", name: "bijstand_kort", key: "unknownIndicator" },
    ]);
  });

  it("refuses a year that is not a four-digit year from 1900 to 2099", () => {
    const bad = ["23", "2023.0", "1850", "", "twintig"];
    const content = csv(bad.map((year, i) => ["BU19910101", "briefadres", year, "totaal", String(281 + i), "5944"]));
    expect(problemsOf(content)).toEqual(
      bad.map((_, i) => ({ file: FILE, item: i + 2, code: "BU19910101", name: "briefadres", key: "invalidYear" })),
    );
  });

  it("refuses a category the indicator is not split by, listing the allowed ones", () => {
    const rows = [...rowsOf("bijstand"), ...rowsOf("briefadres")];
    rows.push(["BU19910101", "bijstand", "2023", "85+", "112", "411"], ["BU19910101", "briefadres", "2023", "65+", "151", "1733"]);
    expect(problemsOf(csv(rows))).toEqual([
      { file: FILE, item: rows.length, code: "BU19910101", name: "bijstand 2023", key: "unknownCategory", values: { categories: "18-64, 65+" } },
      { file: FILE, item: rows.length + 1, code: "BU19910101", name: "briefadres 2023", key: "unknownCategory", values: { categories: "—" } },
    ]);
  });

  it("refuses counts that are not whole numbers of 0 or more, naming the column and telling negative from invalid", () => {
    const good = rowsOf("briefadres");
    const bad: [string, string][] = [
      ["137.5", "4211"], // decimal point
      ["137,0", "4211"], // decimal comma: a seventh cell, caught as a wrong cell count below
      ["-137", "4211"],
      ["137", "-4211"],
      ["-137", "-4211"],
      ["", "4211"],
      ["137", " "],
      ["1.37e2", "4211"],
      ["+137", "4211"],
      ["onbekend", "4211"],
      ["1370000000", "4211000000"], // ten digits
      ["-", "4211"],
    ];
    const rows = bad.filter(([aantal]) => !aantal.includes(",")).map(([aantal, basis]) => ["BU19910101", "briefadres", "2023", "totaal", aantal, basis] as Row);
    const where = (item: number) => ({ file: FILE, item, code: "BU19910101", name: "briefadres 2023 totaal" });
    expect(problemsOf(csv(rows))).toEqual([
      { ...where(2), key: "invalidCount", values: { column: "aantal" } },
      { ...where(3), key: "negativeCount", values: { column: "aantal" } },
      { ...where(4), key: "negativeCount", values: { column: "basis" } },
      { ...where(5), key: "negativeCount", values: { column: "aantal" } },
      { ...where(5), key: "negativeCount", values: { column: "basis" } },
      { ...where(6), key: "invalidCount", values: { column: "aantal" } },
      { ...where(7), key: "invalidCount", values: { column: "basis" } },
      { ...where(8), key: "invalidCount", values: { column: "aantal" } },
      { ...where(9), key: "invalidCount", values: { column: "aantal" } },
      { ...where(10), key: "invalidCount", values: { column: "aantal" } },
      { ...where(11), key: "invalidCount", values: { column: "aantal" } },
      { ...where(11), key: "invalidCount", values: { column: "basis" } },
      { ...where(12), key: "invalidCount", values: { column: "aantal" } },
    ]);
    // The decimal comma splits the cell: refused by cell count before any value is read.
    expect(problemsOf(csv([...good, ["BU19910101", "briefadres", "2024", "totaal", "137,0", "4211"]]))).toEqual([
      { file: FILE, item: 6, key: "wrongCellCount", values: { count: 7, expected: 6 } },
    ]);
  });

  it("refuses a count larger than its base", () => {
    const rows = rowsOf("briefadres");
    rows[2] = ["BU19910201", "briefadres", "2023", "totaal", "4151", "4150"];
    expect(problemsOf(csv(rows))).toEqual([
      { file: FILE, item: 4, code: "BU19910201", name: "briefadres 2023 totaal", key: "countAboveBase" },
    ]);
  });

  it("refuses a duplicate row, naming the line it first appeared on, also when the code differs only in case", () => {
    const rows = rowsOf("bijstand");
    const first = find(rows, "BU19910102", "65+");
    rows.push([...first], ["bu19910102", "bijstand", "2023", "65+", "110", "1530"]);
    const where = { file: FILE, code: "BU19910102", name: "bijstand 2023 65+", key: "duplicateRow", values: { firstLine: lineOf(rows, first) } };
    expect(problemsOf(csv(rows))).toEqual([
      { ...where, item: rows.length },
      { ...where, item: rows.length + 1 },
    ]);
  });

  it("refuses a buurt without its totaal row", () => {
    const rows = rowsOf("bijstand").filter((row) => !(row[0] === "BU19910201" && row[3] === "totaal"));
    expect(problemsOf(csv(rows))).toEqual([{ file: FILE, code: "BU19910201", name: "bijstand 2023", key: "missingTotal" }]);
  });

  it("refuses an area with some of its category rows missing, naming them", () => {
    const rows = rowsOf("bijstand").filter((row) => !(row[0] === "BU19910102" && row[3] === "65+"));
    expect(problemsOf(csv(rows))).toEqual([
      { file: FILE, code: "BU19910102", name: "bijstand 2023", key: "missingCategory", values: { categories: "65+" } },
    ]);
    const wijkRows = rowsOf("bijstand", 2023, ["buurt", "wijk"]).filter((row) => !(row[0] === "WK199102" && row[3] !== "totaal"));
    expect(problemsOf(csv(wijkRows))).toEqual([
      { file: FILE, code: "WK199102", name: "bijstand 2023", key: "missingCategory", values: { categories: "18-64, 65+" } },
    ]);
  });

  it("refuses categories that do not add up to the totaal, in counts or in bases", () => {
    const countOff = rowsOf("bijstand");
    find(countOff, "BU19910202")[4] = String(Number(find(countOff, "BU19910202")[4]) + 1);
    expect(problemsOf(csv(countOff))).toEqual([{ file: FILE, code: "BU19910202", name: "bijstand 2023", key: "categoriesDontAddUp" }]);

    const baseOff = rowsOf("bijstand");
    find(baseOff, "BU19910101", "18-64")[5] = String(Number(find(baseOff, "BU19910101", "18-64")[5]) - 1);
    expect(problemsOf(csv(baseOff))).toEqual([{ file: FILE, code: "BU19910101", name: "bijstand 2023", key: "categoriesDontAddUp" }]);
  });

  it("refuses a wijk row that is not the sum of its buurten, naming the first category that is off", () => {
    // One more in the wijk's totaal and in one of its age bands: the wijk adds up in itself.
    const totalOff = rowsOf("bijstand", 2023, ["buurt", "wijk"]);
    for (const category of ["totaal", "65+"]) find(totalOff, "WK199101", category)[4] = String(Number(find(totalOff, "WK199101", category)[4]) + 1);
    expect(problemsOf(csv(totalOff))).toEqual([
      { file: FILE, code: "WK199101", name: "bijstand 2023", key: "areasDontAddUp", values: { category: "totaal" } },
    ]);
    // One moved between the age bands: the totaal is right, the bands are not.
    const bandsOff = rowsOf("bijstand", 2023, ["buurt", "wijk"]);
    find(bandsOff, "WK199102", "18-64")[4] = String(Number(find(bandsOff, "WK199102", "18-64")[4]) + 1);
    find(bandsOff, "WK199102", "65+")[4] = String(Number(find(bandsOff, "WK199102", "65+")[4]) - 1);
    expect(problemsOf(csv(bandsOff))).toEqual([
      { file: FILE, code: "WK199102", name: "bijstand 2023", key: "areasDontAddUp", values: { category: "18-64" } },
    ]);
    // A base that is off counts as well.
    const baseOff = rowsOf("briefadres", 2023, ["buurt", "wijk"]);
    find(baseOff, "WK199101")[5] = String(Number(find(baseOff, "WK199101")[5]) + 10);
    expect(problemsOf(csv(baseOff))).toEqual([
      { file: FILE, code: "WK199101", name: "briefadres 2023", key: "areasDontAddUp", values: { category: "totaal" } },
    ]);
  });

  it("refuses a gemeente row that is not the sum of its wijken, also when the wijken are left out", () => {
    const rows = rowsOf("briefadres", 2023, ["buurt", "gemeente"]);
    find(rows, "GM1991")[4] = String(Number(find(rows, "GM1991")[4]) - 1);
    expect(problemsOf(csv(rows))).toEqual([
      { file: FILE, code: "GM1991", name: "briefadres 2023", key: "areasDontAddUp", values: { category: "totaal" } },
    ]);
  });

  it("refuses a file with buurten missing, with their number and codes", () => {
    const one = rowsOf("bijstand").filter((row) => row[0] !== "BU19910201");
    expect(problemsOf(csv(one))).toEqual([
      { file: FILE, name: "bijstand 2023", key: "missingAreas", values: { count: 1, codes: "BU19910201" } },
    ]);
    // Wijk rows do not stand in for their buurten.
    const wijkOnly = rowsOf("briefadres", 2023, ["buurt", "wijk"]).filter((row) => !["BU19910101", "BU19910102"].includes(row[0]));
    expect(problemsOf(csv(wijkOnly))).toEqual([
      { file: FILE, name: "briefadres 2023", key: "missingAreas", values: { count: 2, codes: "BU19910102, BU19910101" } },
    ]);
    // Per indicator and year: a second year with one buurt less is refused on its own.
    const years = [...rowsOf("briefadres", 2023), ...rowsOf("briefadres", 2024).filter((row) => row[0] !== "BU19910202")];
    expect(problemsOf(csv(years))).toEqual([
      { file: FILE, name: "briefadres 2024", key: "missingAreas", values: { count: 1, codes: "BU19910202" } },
    ]);
  });

  it("lists at most five missing buurten by code", () => {
    const areas: RegisterArea[] = [
      { code: "GM1991", parentCode: null },
      { code: "WK199101", parentCode: "GM1991" },
      ...Array.from({ length: 8 }, (_, i) => ({ code: `BU1991010${i}`, parentCode: "WK199101" })),
    ];
    const content = csv([["BU19910100", "briefadres", "2023", "totaal", "131", "4211"]]);
    expect(problemsOf(content, { areas, indicators: INDICATORS })).toEqual([
      {
        file: FILE,
        name: "briefadres 2023",
        key: "missingAreas",
        values: { count: 7, codes: "BU19910107, BU19910106, BU19910105, BU19910104, BU19910103, …" },
      },
    ]);
  });

  it("refuses two indicators on the same base population that give it different sizes", () => {
    const bijstand = rowsOf("bijstand");
    const briefadres = rowsOf("briefadres");
    find(briefadres, "BU19910102")[5] = String(Number(find(briefadres, "BU19910102")[5]) + 1);
    const problems = problemsOf(csv([...bijstand, ...briefadres]));
    // The buurt, and the wijk and gemeente summed from it.
    expect(problems).toEqual(
      ["GM1991", "WK199101", "BU19910102"].map((code) => ({
        file: FILE,
        code,
        name: "briefadres 2023 totaal",
        key: "baseMismatch",
        values: { other: "bijstand" },
      })),
    );
    // Per category too: bijstand_langdurig with one age band's base off.
    const langdurig = rowsOf("bijstand_langdurig");
    for (const category of ["totaal", "65+"]) find(langdurig, "BU19910201", category)[5] = String(Number(find(langdurig, "BU19910201", category)[5]) + 2);
    expect(problemsOf(csv([...bijstand, ...langdurig])).filter((p) => p.code === "BU19910201")).toEqual(
      ["totaal", "65+"].map((category) => ({
        file: FILE,
        code: "BU19910201",
        name: `bijstand_langdurig 2023 ${category}`,
        key: "baseMismatch",
        values: { other: "bijstand" },
      })),
    );
  });

  it("stops at 25 problems and counts the rest", () => {
    const rows = Array.from({ length: 30 }, (_, i): Row => [`BU1991990${String(i).padStart(2, "0")}`, "briefadres", "2023", "totaal", String(300 + i), "4211"]);
    const problems = problemsOf(csv(rows));
    expect(problems).toHaveLength(26);
    expect(problems.slice(0, 25).every((p) => p.key === "unknownArea")).toBe(true);
    expect(problems[25]).toEqual({ key: "moreProblems", values: { count: 5 } });
  });

  it("never repeats a count in any of these refusals (checked on each above), nor in the error's own message", () => {
    const rows = rowsOf("bijstand");
    find(rows, "BU19910101")[4] = "-278";
    try {
      parseRegisterCsv(csv(rows), FILE, CONTEXT);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      const message = (error as ImportError).message;
      expect(message).toBe(`${FILE} 2 BU19910101 negativeCount`);
      expect(message).not.toContain("278");
    }
  });

  // A row of bijstand 65+ for BU19910101 whose categorie cell was left out; a trailing comma keeps six cells.
  const shiftedRowFile = csv([...rowsOf("bijstand"), ["BU19910101", "bijstand", "2023", "147", "1733", ""]]);

  it("does not repeat a count that a shifted row puts into a position column", () => {
    let error: unknown;
    try {
      parseRegisterCsv(shiftedRowFile, FILE, CONTEXT);
    } catch (caught) {
      error = caught;
    }
    expectNoCountEchoed(error as ImportError, shiftedRowFile, ["147"]);
  });

  it("refuses that shifted row (as a category the indicator does not have)", () => {
    let error: unknown;
    try {
      parseRegisterCsv(shiftedRowFile, FILE, CONTEXT);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([expect.objectContaining({ key: "unknownCategory", item: rowsOf("bijstand").length + 2 })]);
  });
});

describe("parseRegisterCsv: accepted files", () => {
  const expectAllCells = (data: RegisterData, indicator: string, year = 2023) => {
    for (const [key, cell] of cellsOf(indicator)) {
      const [areaCode, category] = key.split("|") as [string, string];
      expect(cellOf(data, indicator, year, areaCode, category), key).toEqual({ count: cell.aantal, base: cell.basis });
    }
  };

  it("sums the wijken and the gemeente when the file gives buurten only", () => {
    const data = parseRegisterCsv(csv(rowsOf("bijstand")), FILE, CONTEXT);
    expect(data.indicators).toEqual(["bijstand"]);
    expect(data.years).toEqual([2023]);
    expect(data.cells.size).toBe(AREAS.length * 3);
    expectAllCells(data, "bijstand");
    expect(cellOf(data, "bijstand", 2023, "WK199101")).toEqual({ count: 131 + 147 + 218 + 109, base: 4211 + 1733 + 3877 + 1529 });
    expect(cellOf(data, "bijstand", 2023, "GM1991", "65+")).toEqual({ count: 147 + 109 + 123 + 138, base: 1733 + 1529 + 1187 + 2041 });
  });

  it("accepts wijk and gemeente rows that add up, with the same result as without them", () => {
    const derived = parseRegisterCsv(csv(rowsOf("bijstand")), FILE, CONTEXT);
    const given = parseRegisterCsv(csv(rowsOf("bijstand", 2023, ["buurt", "wijk", "gemeente"])), FILE, CONTEXT);
    expect(plain(given)).toEqual(plain(derived));
    // Only some of them given: the rest is summed.
    const some = parseRegisterCsv(csv(rowsOf("bijstand", 2023, ["buurt", "wijk", "gemeente"]).filter((r) => r[0] !== "WK199102")), FILE, CONTEXT);
    expect(plain(some)).toEqual(plain(derived));
  });

  it("returns cells with exactly a count and a base, whether read or summed", () => {
    const derived = parseRegisterCsv(csv(rowsOf("bijstand")), FILE, CONTEXT);
    const given = parseRegisterCsv(csv(rowsOf("bijstand", 2023, ["buurt", "wijk", "gemeente"])), FILE, CONTEXT);
    for (const cell of derived.cells.values()) expect(Object.keys(cell).sort()).toEqual(["base", "count"]);
    expect(given).toEqual(derived);
  });

  it("accepts lower-case area codes, blanks around cells, CRLF line ends and a byte-order mark", () => {
    const rows = rowsOf("briefadres").map((row): Row => [` ${row[0].toLowerCase()} `, row[1], ` ${row[2]}`, row[3], `${row[4]} `, row[5]]);
    const content = `\uFEFF${csv(rows).replace(/\n/g, "\r\n")}`;
    const data = parseRegisterCsv(content, FILE, CONTEXT);
    expectAllCells(data, "briefadres");
    expect([...data.cells.keys()].every((key) => !/\|(bu|wk|gm)\d/.test(key))).toBe(true);
  });

  it("reads an empty categorie as totaal", () => {
    const rows = rowsOf("briefadres").map((row): Row => [row[0], row[1], row[2], "", row[4], row[5]]);
    const data = parseRegisterCsv(csv(rows), FILE, CONTEXT);
    expectAllCells(data, "briefadres");
    // And mixed with explicit totaal rows of the same cell it is a duplicate.
    expect(problemsOf(csv([...rows, rowsOf("briefadres")[0]!]))).toEqual([
      { file: FILE, item: 6, code: "BU19910101", name: "briefadres 2023 totaal", key: "duplicateRow", values: { firstLine: 2 } },
    ]);
  });

  it("reads columns in any order, and semicolon-separated files", () => {
    const order = [5, 3, 0, 4, 2, 1];
    const header = order.map((i) => HEADER.split(",")[i]!).join(",");
    const rows = rowsOf("bijstand").map((row) => order.map((i) => row[i]!));
    expectAllCells(parseRegisterCsv(csv(rows, header), FILE, CONTEXT), "bijstand");
    const semicolons = csv(rowsOf("bijstand")).replace(/,/g, ";");
    expectAllCells(parseRegisterCsv(semicolons, FILE, CONTEXT), "bijstand");
  });

  it("reads several indicators and years; indicators on the same base agree; zero counts and empty bases are fine", () => {
    const zeroRows: Row[] = BUURTEN.map((code) => [code, "wmo_totaal", "2024", "totaal", "0", code === "BU19910202" ? "0" : "250"]);
    const rows = [
      ...rowsOf("wmo_totaal", 2023),
      ...rowsOf("briefadres", 2023),
      ...rowsOf("bijstand", 2023, ["buurt", "wijk"]),
      ...rowsOf("bijstand_langdurig", 2023),
      ...zeroRows,
    ];
    const data = parseRegisterCsv(csv(rows), FILE, CONTEXT);
    expect(data.indicators).toEqual(["bijstand", "bijstand_langdurig", "briefadres", "wmo_totaal"]);
    expect(data.years).toEqual([2023, 2024]);
    for (const indicator of data.indicators) expectAllCells(data, indicator);
    expect(cellOf(data, "wmo_totaal", 2024, "WK199102")).toEqual({ count: 0, base: 250 });
    expect(cellOf(data, "wmo_totaal", 2024, "BU19910202")).toEqual({ count: 0, base: 0 });
    expect(cellOf(data, "bijstand", 2024, "BU19910101")).toBeUndefined();
  });
});

describe("parseRegisterCsv on the demo register of the real Maashorst division", () => {
  // Buurten from the CBS geometry file, wijk populations from the CBS key figures, the
  // shipped catalogue: the same input `npm run demo:register` starts from.
  const catalogue = demoCatalogue;
  const buurten = demoBuurten;
  const wijken = demoWijken;
  const years = [2023, 2024];
  const rows = generateRegisterCounts({ buurten, wijken, gemeenteCode: "GM1991", catalogue, years, seed: "buurtbeeld-demo" });

  const sets = new Map(catalogue.categorySets.map((set) => [set.code, set]));
  const bases = new Map(catalogue.basePopulations.map((base) => [base.code, base]));
  const context: RegisterContext = {
    areas: [
      { code: "GM1991", parentCode: null },
      ...wijken.map((wijk) => ({ code: wijk.code, parentCode: "GM1991" })),
      ...buurten.map((buurt) => ({ code: buurt.code, parentCode: buurt.wijkCode })),
    ],
    indicators: new Map(
      catalogue.indicators.map((indicator) => [
        indicator.code,
        {
          base: indicator.base,
          categories: indicator.byCategory ? (sets.get(bases.get(indicator.base)!.categorySet!)?.categories ?? []).map((c) => c.code) : [],
        },
      ]),
    ),
  };

  it("accepts every generated row, unchanged", () => {
    expect(buurten).toHaveLength(39);
    const data = parseRegisterCsv(toRegisterCsv(rows), "demo-register.csv", context);
    expect(data.indicators).toEqual(catalogue.indicators.map((i) => i.code).sort());
    expect(data.years).toEqual(years);
    expect(data.cells.size).toBe(rows.length);
    for (const row of rows) {
      expect(cellOf(data, row.indicator, row.jaar, row.gebiedscode, row.categorie)).toEqual({ count: row.aantal, base: row.basis });
    }
  });

  it("gives the same data from the buurt rows alone", () => {
    const full = parseRegisterCsv(toRegisterCsv(rows), "demo-register.csv", context);
    const buurtOnly = parseRegisterCsv(toRegisterCsv(rows.filter((row) => row.gebiedscode.startsWith("BU"))), "demo-register.csv", context);
    expect(plainCells(buurtOnly)).toEqual(plainCells(full));
  });
});
