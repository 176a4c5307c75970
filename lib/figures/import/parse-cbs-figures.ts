import { areaLevelOf, gemeenteCodeOf, normaliseAreaCode } from "../../areas/area-code.ts";
import { ImportError, ProblemList } from "../../import/import-problem.ts";
import { readCsv } from "../../import/read-csv.ts";
import type { CbsField } from "./parse-cbs-fields.ts";

export type PublishedStatus = "PUBLISHED" | "SUPPRESSED" | "NO_DATA";

export interface CbsFigure {
  areaCode: string;
  key: string;
  value: number | null;
  status: PublishedStatus;
}

export interface ParsedCbsFigures {
  figures: CbsFigure[];
  areaCodes: string[];
  /** Rows of other gemeenten that were left out on request. */
  skippedRows: number;
}

export interface ParseCbsFiguresOptions {
  gemeenteCode: string;
  fields: CbsField[];
  /** Leave out rows of other gemeenten (a national file) instead of refusing the file. */
  onlyConfiguredGemeente?: boolean;
}

// Region keys as CBS writes them in its OData download and in its Excel/CSV edition.
const CODE_COLUMNS = ["code", "WijkenEnBuurten", "Codering_3", "gwb_code_10", "gwb_code"];
// Descriptive columns that come with the rows but are not figures.
const DESCRIPTIVE_COLUMNS = new Set(["naam", "soort_regio", "ID", "regio", "gm_naam", "recs", "gwb_code_8", "ind_wbi"]);

// CBS symbols: "." unknown, unreliable or secret (".." in some exports); blank: cannot occur.
const SECRET = new Set([".", ".."]);
const NUMBER = /^-?\d+([.,]\d+)?$/;

function parseValue(raw: string): { value: number | null; status: PublishedStatus } | undefined {
  const text = raw.trim();
  if (text === "") return { value: null, status: "NO_DATA" };
  if (SECRET.has(text)) return { value: null, status: "SUPPRESSED" };
  if (!NUMBER.test(text)) return undefined;
  return { value: Number(text.replace(",", ".")), status: "PUBLISHED" };
}

/**
 * Reads CBS "Kerncijfers wijken en buurten" rows with CBS's own column names. Every
 * figure column must be in the table's field list, so a mismatched year or table is
 * caught before anything is written.
 */
export function parseCbsFigures(content: string, file: string, options: ParseCbsFiguresOptions): ParsedCbsFigures {
  const { header, rows } = readCsv(content, file);
  const fieldByKey = new Map(options.fields.map((field) => [field.key, field]));
  const codeColumn = CODE_COLUMNS.map((name) => header.indexOf(name)).find((index) => index >= 0);
  if (codeColumn === undefined) {
    throw new ImportError([{ file, key: "missingCodeColumn", values: { columns: CODE_COLUMNS.join(", ") } }]);
  }

  const problems = new ProblemList();
  const figureColumns: { index: number; key: string }[] = [];
  header.forEach((name, index) => {
    if (index === codeColumn || DESCRIPTIVE_COLUMNS.has(name) || CODE_COLUMNS.includes(name)) return;
    const field = fieldByKey.get(name);
    if (!field) problems.add({ file, item: 1, key: "unknownColumn", values: { column: name } });
    else if (field.role === "figure") figureColumns.push({ index, key: name });
  });
  problems.throwIfAny();
  if (figureColumns.length === 0) throw new ImportError([{ file, key: "noFigureColumns" }]);

  const figures: CbsFigure[] = [];
  const seenRows = new Map<string, number>();
  let skippedRows = 0;
  for (const { line, cells } of rows) {
    const areaCode = normaliseAreaCode(cells[codeColumn] ?? "");
    if (!areaLevelOf(areaCode)) {
      problems.add({ file, item: line, code: areaCode, key: "malformedCode" });
      continue;
    }
    if (gemeenteCodeOf(areaCode) !== options.gemeenteCode) {
      if (options.onlyConfiguredGemeente) skippedRows++;
      else problems.add({ file, item: line, code: areaCode, key: "foreignGemeente", values: { expected: options.gemeenteCode } });
      continue;
    }
    const firstLine = seenRows.get(areaCode);
    if (firstLine !== undefined) {
      problems.add({ file, item: line, code: areaCode, key: "duplicateRow", values: { firstLine } });
      continue;
    }
    seenRows.set(areaCode, line);
    for (const { index, key } of figureColumns) {
      const parsed = parseValue(cells[index] ?? "");
      if (!parsed) {
        problems.add({ file, item: line, code: areaCode, key: "invalidValue", values: { column: key, value: cells[index] ?? "" } });
        continue;
      }
      figures.push({ areaCode, key, ...parsed });
    }
  }
  problems.throwIfAny();
  if (seenRows.size === 0) throw new ImportError([{ file, key: "noRowsForGemeente", values: { expected: options.gemeenteCode } }]);
  return { figures, areaCodes: [...seenRows.keys()], skippedRows };
}
