// Importers report problems as message keys with values, not as prose, so the same
// problem reads in Dutch or English on the command line and, later, in the staff pages.

export type ProblemValues = Record<string, string | number>;

export interface ImportProblem {
  /** Key under "importProblems" in messages/{nl,en}.json. */
  key: string;
  values?: ProblemValues;
  /** Where: the file, and the 1-based feature or row number with its code and name when known. */
  file?: string;
  item?: number;
  code?: string;
  name?: string;
}

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => [p.file, p.item, p.code, p.key].filter(Boolean).join(" ")).join("; "));
    this.name = "ImportError";
  }
}

/** Collects problems up to a limit, so a broken national file does not print 14,000 lines. */
export class ProblemList {
  readonly problems: ImportProblem[] = [];
  omitted = 0;

  constructor(private readonly limit = 25) {}

  add(problem: ImportProblem): void {
    if (this.problems.length < this.limit) this.problems.push(problem);
    else this.omitted++;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.isEmpty) return;
    const all = [...this.problems];
    if (this.omitted > 0) all.push({ key: "moreProblems", values: { count: this.omitted } });
    throw new ImportError(all);
  }
}
