import { describe, expect, it } from "vitest";
import { ImportError, type ImportProblem, ProblemList } from "@/lib/import/import-problem.ts";

const problem = (item: number): ImportProblem => ({ file: "f.csv", item, key: "invalidValue" });

function thrown(run: () => void): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error("expected an ImportError");
}

describe("ProblemList", () => {
  it("throws nothing when empty", () => {
    const list = new ProblemList();
    expect(list.isEmpty).toBe(true);
    expect(() => list.throwIfAny()).not.toThrow();
  });

  it("throws all problems in the order they were added", () => {
    const list = new ProblemList();
    [1, 2, 3].forEach((item) => list.add(problem(item)));
    expect(thrown(() => list.throwIfAny()).problems).toEqual([problem(1), problem(2), problem(3)]);
  });

  it("keeps 25 problems by default and counts the rest in a moreProblems entry", () => {
    const list = new ProblemList();
    for (let item = 1; item <= 100; item++) list.add(problem(item));
    const problems = thrown(() => list.throwIfAny()).problems;
    expect(problems).toHaveLength(26);
    expect(problems.slice(0, 25).map((p) => p.item)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(problems[25]).toEqual({ key: "moreProblems", values: { count: 75 } });
  });

  it("honours a custom limit", () => {
    const list = new ProblemList(2);
    [1, 2, 3].forEach((item) => list.add(problem(item)));
    expect(thrown(() => list.throwIfAny()).problems).toEqual([problem(1), problem(2), { key: "moreProblems", values: { count: 1 } }]);
  });
});

describe("ImportError", () => {
  it("has a message naming file, item, code and key of each problem", () => {
    const error = new ImportError([
      { file: "b.geojson", item: 3, code: "BU19910103", key: "ringNotClosed" },
      { key: "yearMissing" },
    ]);
    expect(error.name).toBe("ImportError");
    expect(error.message).toBe("b.geojson 3 BU19910103 ringNotClosed; yearMissing");
  });
});
