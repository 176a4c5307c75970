import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCbsFields } from "@/lib/figures/import/parse-cbs-fields.ts";
import { type ParseCbsFiguresOptions, parseCbsFigures } from "@/lib/figures/import/parse-cbs-figures.ts";
import { ImportError, type ImportProblem } from "@/lib/import/import-problem.ts";

const DATA = path.resolve("../shared/data");
const FILE = "kwb.csv";
const fields = parseCbsFields(fs.readFileSync(path.join(DATA, "kwb_85984NED_2024_fields.csv"), "utf8"), "fields.csv");
const OPTIONS: ParseCbsFiguresOptions = { gemeenteCode: "GM1991", fields };

function problemsOf(run: () => unknown): ImportProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error("expected an ImportError, but the file was accepted");
}

const csv = (...lines: string[]) => lines.join("\n") + "\n";
const parse = (content: string, options: Partial<ParseCbsFiguresOptions> = {}) =>
  parseCbsFigures(content, FILE, { ...OPTIONS, ...options });

describe("parseCbsFigures: the real KWB 2024 extract of Maashorst", () => {
  const result = parse(fs.readFileSync(path.join(DATA, "kwb_2024_maashorst_gemeente_wijk.csv"), "utf8"));
  const value = (areaCode: string, key: string) =>
    result.figures.find((figure) => figure.areaCode === areaCode && figure.key === key);

  it("reads 7 areas with 8 figures each", () => {
    expect(result.areaCodes).toEqual(["GM1991", "WK199101", "WK199102", "WK199103", "WK199104", "WK199105", "WK199106"]);
    expect(result.figures).toHaveLength(56);
    expect(new Set(result.figures.map((figure) => figure.key)).size).toBe(8);
    expect(result.skippedRows).toBe(0);
  });

  it("has the published numbers of inhabitants", () => {
    expect(value("GM1991", "AantalInwoners_5")).toEqual({
      areaCode: "GM1991",
      key: "AantalInwoners_5",
      value: 59222,
      status: "PUBLISHED",
    });
    expect(value("WK199101", "AantalInwoners_5")?.value).toBe(37505);
    expect(value("WK199106", "OppervlakteWater_124")?.value).toBe(3);
  });

  it("does not turn the descriptive columns naam and soort_regio into figures", () => {
    expect(result.figures.some((figure) => figure.key === "naam" || figure.key === "soort_regio")).toBe(false);
  });
});

describe("parseCbsFigures: values and CBS symbols", () => {
  it("reads '.' as suppressed and an empty cell as no data, both without a value", () => {
    const { figures } = parse(csv("code,AantalInwoners_5,Mannen_6,Vrouwen_7", "WK199101,.,..,"));
    expect(figures).toEqual([
      { areaCode: "WK199101", key: "AantalInwoners_5", value: null, status: "SUPPRESSED" },
      { areaCode: "WK199101", key: "Mannen_6", value: null, status: "SUPPRESSED" },
      { areaCode: "WK199101", key: "Vrouwen_7", value: null, status: "NO_DATA" },
    ]);
  });

  it("reads a decimal comma and a decimal point", () => {
    const { figures } = parse(csv("code,Bevolkingsdichtheid_34,GemiddeldeHuishoudensgrootte_33", 'WK199101,"1018,5",2.3'));
    expect(figures.map((figure) => figure.value)).toEqual([1018.5, 2.3]);
  });

  it("accepts negative numbers and blanks around a number", () => {
    const { figures } = parse(csv("code,AantalInwoners_5,Mannen_6", "WK199101, 12 ,-3"));
    expect(figures.map((figure) => figure.value)).toEqual([12, -3]);
  });

  it.each(["abc", "12a", "1e3", "1 234", "12,5,0"])("refuses %j as a value, naming line, area and column", (bad) => {
    const cell = bad.includes(",") ? `"${bad}"` : bad;
    expect(problemsOf(() => parse(csv("code,AantalInwoners_5,Mannen_6", "GM1991,59222,29626", `WK199101,${cell},18560`)))).toEqual([
      { file: FILE, item: 3, code: "WK199101", key: "invalidValue", values: { column: "AantalInwoners_5", value: bad } },
    ]);
  });
});

describe("parseCbsFigures: file formats", () => {
  it("reads StatLine's semicolon export with WijkenEnBuurten and padded codes", () => {
    const result = parse(
      csv(
        "WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;AantalInwoners_5;Bevolkingsdichtheid_34",
        "GM1991    ;Maashorst                               ;Gemeente  ;59222;431",
        "WK199101  ;Maashorst                               ;Wijk      ;37505;1018,4",
      ),
    );
    expect(result.areaCodes).toEqual(["GM1991", "WK199101"]);
    expect(result.figures).toEqual([
      { areaCode: "GM1991", key: "AantalInwoners_5", value: 59222, status: "PUBLISHED" },
      { areaCode: "GM1991", key: "Bevolkingsdichtheid_34", value: 431, status: "PUBLISHED" },
      { areaCode: "WK199101", key: "AantalInwoners_5", value: 37505, status: "PUBLISHED" },
      { areaCode: "WK199101", key: "Bevolkingsdichtheid_34", value: 1018.4, status: "PUBLISHED" },
    ]);
  });

  it("trims CBS's padded codes in a comma-separated file", () => {
    expect(parse(csv("code,AantalInwoners_5", '"WK199101  ",37505', '"GM1991    ",59222')).areaCodes).toEqual([
      "WK199101",
      "GM1991",
    ]);
  });

  it("ignores the region columns of the field list", () => {
    const result = parse(
      csv(
        "WijkenEnBuurten,Gemeentenaam_1,SoortRegio_2,Codering_3,IndelingswijzigingGemeenteWijkBuurt_4,AantalInwoners_5",
        "WK199101  ,Maashorst,Wijk,WK199101,1,37505",
      ),
    );
    expect(result.figures.map((figure) => figure.key)).toEqual(["AantalInwoners_5"]);
  });
});

describe("parseCbsFigures: refused files", () => {
  it("refuses an empty file", () => {
    expect(problemsOf(() => parse(""))).toEqual([{ file: FILE, key: "emptyFile" }]);
  });

  it("refuses malformed CSV (unclosed quote)", () => {
    expect(problemsOf(() => parse(csv("code,AantalInwoners_5", 'WK199101,"37505', "GM1991,59222")))).toEqual([
      expect.objectContaining({ file: FILE, key: "csvMalformed" }),
    ]);
  });

  it("refuses a file without a code column and lists the accepted names", () => {
    const problems = problemsOf(() => parse(csv("gebied,AantalInwoners_5", "WK199101,37505")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, key: "missingCodeColumn" });
    for (const name of ["code", "WijkenEnBuurten"]) expect(String(problems[0]?.values?.columns)).toContain(name);
  });

  it("refuses a column that is not in the field list, naming every such column", () => {
    expect(problemsOf(() => parse(csv("code,AantalInwoners_5,Inwoners2030,a_inw", "WK199101,37505,1,2")))).toEqual([
      { file: FILE, item: 1, key: "unknownColumn", values: { column: "Inwoners2030" } },
      { file: FILE, item: 1, key: "unknownColumn", values: { column: "a_inw" } },
    ]);
  });

  it("refuses a file whose only columns are descriptive", () => {
    expect(problemsOf(() => parse(csv("code,naam,SoortRegio_2", "WK199101,Uden,Wijk")))).toEqual([
      { file: FILE, key: "noFigureColumns" },
    ]);
  });

  it("refuses a row with the wrong number of cells, naming its line", () => {
    const problems = problemsOf(() => parse(csv("code,AantalInwoners_5,Mannen_6", "GM1991,59222,29626", "WK199101,37505")));
    expect(problems).toEqual([expect.objectContaining({ file: FILE, item: 3 })]);
  });

  it("reports a row with the wrong number of cells as wrongCellCount, for every such row", () => {
    const problems = problemsOf(() =>
      parse(csv("code,AantalInwoners_5,Mannen_6", "GM1991,59222,29626", "WK199101,37505", "WK199102,3585")),
    );
    expect(problems).toEqual([
      { file: FILE, item: 3, key: "wrongCellCount", values: { count: 2, expected: 3 } },
      { file: FILE, item: 4, key: "wrongCellCount", values: { count: 2, expected: 3 } },
    ]);
  });

  it("refuses an area that occurs twice and names the first line", () => {
    expect(problemsOf(() => parse(csv("code,AantalInwoners_5", "WK199101,37505", "GM1991,59222", "WK199101  ,37500")))).toEqual([
      { file: FILE, item: 4, code: "WK199101", key: "duplicateRow", values: { firstLine: 2 } },
    ]);
  });

  it.each(["WK19910", "1991", "GM19", ""])("refuses the malformed code %j", (code) => {
    expect(problemsOf(() => parse(csv("code,AantalInwoners_5", "GM1991,59222", `${code},1`)))).toEqual([
      { file: FILE, item: 3, code, key: "malformedCode" },
    ]);
  });

  it("refuses rows of another gemeente by default", () => {
    expect(problemsOf(() => parse(csv("code,AantalInwoners_5", "GM1991,59222", "GM0363,931298")))).toEqual([
      { file: FILE, item: 3, code: "GM0363", key: "foreignGemeente", values: { expected: "GM1991" } },
    ]);
  });

  it("skips and counts rows of other gemeenten when asked to", () => {
    const result = parse(csv("code,AantalInwoners_5", "GM0363,931298", "GM1991,59222", "WK036300,1000", "BU03630000,10"), {
      onlyConfiguredGemeente: true,
    });
    expect(result.skippedRows).toBe(3);
    expect(result.areaCodes).toEqual(["GM1991"]);
    expect(result.figures).toEqual([{ areaCode: "GM1991", key: "AantalInwoners_5", value: 59222, status: "PUBLISHED" }]);
  });

  it("refuses a file without rows for the gemeente", () => {
    expect(problemsOf(() => parse(csv("code,AantalInwoners_5", "GM0363,931298"), { onlyConfiguredGemeente: true }))).toEqual([
      { file: FILE, key: "noRowsForGemeente", values: { expected: "GM1991" } },
    ]);
    expect(problemsOf(() => parse(csv("code,AantalInwoners_5")))).toEqual([
      { file: FILE, key: "noRowsForGemeente", values: { expected: "GM1991" } },
    ]);
  });

  it("reports all bad rows of a file, not only the first", () => {
    const problems = problemsOf(() =>
      parse(csv("code,AantalInwoners_5", "GM1991,59222", "WK199101,abc", "GM0363,1", "XX,1", "GM1991,59222")),
    );
    expect(problems.map((p) => [p.item, p.key])).toEqual([
      [3, "invalidValue"],
      [4, "foreignGemeente"],
      [5, "malformedCode"],
      [6, "duplicateRow"],
    ]);
  });

  it("caps a long list of problems with a moreProblems entry", () => {
    const rows = Array.from({ length: 40 }, (_, i) => `WK1991${String(i).padStart(2, "0")},x`);
    const problems = problemsOf(() => parse(csv("code,AantalInwoners_5", ...rows)));
    expect(problems.filter((p) => p.key === "invalidValue")).toHaveLength(25);
    expect(problems.at(-1)).toEqual({ key: "moreProblems", values: { count: 40 - 25 } });
  });
});
