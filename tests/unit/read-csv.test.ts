import { describe, expect, it } from "vitest";
import { ImportError, type ImportProblem } from "@/lib/import/import-problem.ts";
import { readCsv } from "@/lib/import/read-csv.ts";

const FILE = "kwb.csv";

function problemsOf(run: () => unknown): ImportProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error("expected an ImportError, but the file was accepted");
}

describe("readCsv", () => {
  it("refuses an empty file, also when it holds only a byte-order mark and blanks", () => {
    expect(problemsOf(() => readCsv("", FILE))).toEqual([{ file: FILE, key: "emptyFile" }]);
    expect(problemsOf(() => readCsv("\uFEFF \r\n  \n", FILE))).toEqual([{ file: FILE, key: "emptyFile" }]);
  });

  it("refuses an unclosed quote as malformed CSV and passes the parser's reason on", () => {
    const problems = problemsOf(() => readCsv('code,naam\nGM1991,"Maashorst\nWK199101,Uden\n', FILE));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, key: "csvMalformed" });
    expect(String(problems[0]?.values?.detail ?? "")).not.toBe("");
  });

  it("refuses every row with a different number of cells than the header, naming its line", () => {
    const problems = problemsOf(() => readCsv("a,b,c\n1,2,3\n1,2\n1,2,3,4\n", FILE));
    expect(problems).toEqual([
      { file: FILE, item: 3, key: "wrongCellCount", values: { count: 2, expected: 3 } },
      { file: FILE, item: 4, key: "wrongCellCount", values: { count: 4, expected: 3 } },
    ]);
  });

  it("reads comma-separated CSV with line numbers (header is line 1)", () => {
    expect(readCsv("code,AantalInwoners_5\nGM1991,59222\nWK199101,37505\n", FILE)).toEqual({
      header: ["code", "AantalInwoners_5"],
      rows: [
        { line: 2, cells: ["GM1991", "59222"] },
        { line: 3, cells: ["WK199101", "37505"] },
      ],
    });
  });

  it("reads StatLine's semicolon-separated export, where a comma is a decimal comma", () => {
    expect(readCsv("code;Bevolkingsdichtheid_34\nWK199101;1018,5\n", FILE)).toEqual({
      header: ["code", "Bevolkingsdichtheid_34"],
      rows: [{ line: 2, cells: ["WK199101", "1018,5"] }],
    });
  });

  it("keeps semicolons inside a comma-separated file's cells", () => {
    const table = readCsv('key,title,description\nA_1,"Uitkering; Bijstand",Eén; twee; drie\n', FILE);
    expect(table.rows[0]?.cells).toEqual(["A_1", "Uitkering; Bijstand", "Eén; twee; drie"]);
  });

  it("reads quoted cells with commas and doubled quotes", () => {
    const table = readCsv('a,b\n"x, y","zei ""hallo"""\n', FILE);
    expect(table.rows[0]?.cells).toEqual(["x, y", 'zei "hallo"']);
  });

  it("strips a byte-order mark and blanks around header names", () => {
    expect(readCsv("\uFEFFcode , naam\nGM1991,Maashorst\n", FILE).header).toEqual(["code", "naam"]);
  });

  it("reads Windows line ends", () => {
    expect(readCsv("a,b\r\n1,2\r\n3,4\r\n", FILE).rows).toEqual([
      { line: 2, cells: ["1", "2"] },
      { line: 3, cells: ["3", "4"] },
    ]);
  });

  it("skips empty lines but keeps counting them", () => {
    expect(readCsv("a,b\n\n1,2\n\n3,4\n", FILE).rows.map((row) => row.line)).toEqual([3, 5]);
  });

  it("accepts a file with only a header", () => {
    expect(readCsv("a,b\n", FILE)).toEqual({ header: ["a", "b"], rows: [] });
  });

  it("numbers a row with a multi-line quoted cell by the line it starts on", () => {
    const table = readCsv('key,description\nA_1,"eerste regel\ntweede regel"\nB_2,kort\n', FILE);
    expect(table.rows.map((row) => row.line)).toEqual([2, 4]);
  });
});
