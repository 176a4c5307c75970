import { describe, expect, it } from "vitest";
import { cliTranslator } from "@/lib/cli/cli-translator.ts";
import { formatProblem } from "@/lib/cli/format-problem.ts";
import type { ImportProblem } from "@/lib/import/import-problem.ts";

const nl = cliTranslator("nl");
const en = cliTranslator("en");

const notClosed: ImportProblem = {
  file: "buurten.geojson",
  item: 3,
  code: "BU19910103",
  name: "Moleneind-Groenewoud",
  key: "ringNotClosed",
  values: { ring: "1" },
};

describe("formatProblem", () => {
  it("names file, object number, code and name in Dutch", () => {
    const text = formatProblem(notClosed, nl, "Feature");
    expect(text).toMatch(/^buurten\.geojson, object 3 \(BU19910103 Moleneind-Groenewoud\): /);
    expect(text).toContain("ring 1");
    expect(text).toContain("niet gesloten");
  });

  it("names file, feature number, code and name in English", () => {
    const text = formatProblem(notClosed, en, "Feature");
    expect(text).toMatch(/^buurten\.geojson, feature 3 \(BU19910103 Moleneind-Groenewoud\): /);
    expect(text).toContain("ring 1");
    expect(text).toContain("not closed");
  });

  it("speaks of lines for CSV files, with the code when known", () => {
    const problem: ImportProblem = {
      file: "kwb.csv",
      item: 4,
      code: "WK199101",
      key: "invalidValue",
      values: { column: "AantalInwoners_5", value: "12a" },
    };
    const dutch = formatProblem(problem, nl, "Line");
    const english = formatProblem(problem, en, "Line");
    expect(dutch).toMatch(/^kwb\.csv, regel 4 \(WK199101\): /);
    expect(english).toMatch(/^kwb\.csv, line 4 \(WK199101\): /);
    for (const text of [dutch, english]) {
      expect(text).toContain("12a");
      expect(text).toContain("AantalInwoners_5");
    }
  });

  it("gives file and line without code", () => {
    const problem: ImportProblem = { file: "kwb.csv", item: 7, key: "wrongCellCount", values: { count: 2, expected: 3 } };
    expect(formatProblem(problem, nl, "Line")).toMatch(/^kwb\.csv, regel 7: .*2.*3/);
    expect(formatProblem(problem, en, "Line")).toMatch(/^kwb\.csv, line 7: .*2.*3/);
  });

  it("gives only the file for a problem with the whole file", () => {
    expect(formatProblem({ file: "leeg.geojson", key: "emptyFile" }, nl, "Feature")).toMatch(/^leeg\.geojson: \S/);
    expect(formatProblem({ file: "leeg.geojson", key: "emptyFile" }, en, "Feature")).toMatch(/^leeg\.geojson: the file is empty/);
  });

  it("gives only the code for a notice about an area", () => {
    const notice: ImportProblem = { code: "WK199103", key: "wijkNameMissing", values: { name: "Wijk 03" } };
    expect(formatProblem(notice, nl, "Feature")).toMatch(/^WK199103: .*Wijk 03/);
    expect(formatProblem(notice, en, "Feature")).toMatch(/^WK199103: .*Wijk 03/);
  });

  it("gives only the message when there is nowhere to point", () => {
    const text = formatProblem({ key: "moreProblems", values: { count: 14 } }, en, "Feature");
    expect(text).toMatch(/^and 14 more problems/);
    expect(formatProblem({ key: "yearMissing" }, nl, "Feature")).not.toContain(":");
  });

  it("puts the coordinates of a self-intersection and the expected gemeente in the text", () => {
    const crossing: ImportProblem = { ...notClosed, key: "selfIntersection", values: { x: 170066.666667, y: 408066.666667 } };
    expect(formatProblem(crossing, en, "Feature")).toContain("170");
    const foreign: ImportProblem = { file: "b.geojson", item: 2, code: "BU03630000", key: "foreignGemeente", values: { expected: "GM1991" } };
    expect(formatProblem(foreign, nl, "Feature")).toMatch(/^b\.geojson, object 2 \(BU03630000\): .*GM1991/);
  });
});
