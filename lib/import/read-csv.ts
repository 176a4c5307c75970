import { CsvError, parse } from "csv-parse/sync";
import { ImportError, ProblemList } from "./import-problem.ts";

export interface CsvTable {
  header: string[];
  /** Data rows with the line number each starts on, for messages. */
  rows: { line: number; cells: string[] }[];
}

interface CsvInfo {
  lines: number;
  empty_lines: number;
}

/** StatLine's Dutch CSV export separates with ";"; everything else with ",". Decided by the header. */
function detectDelimiter(content: string): string {
  const header = content.slice(0, content.search(/\r?\n|$/));
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

/**
 * Reads CSV as CBS and spreadsheets write it: comma or semicolon separated, optional
 * byte-order mark, quoted fields. Every row must have as many cells as the header; all
 * rows that do not are reported, each by the line it starts on. With `quoteData: false`
 * no message repeats anything from the file.
 */
export function readCsv(content: string, file: string, { quoteData = true }: { quoteData?: boolean } = {}): CsvTable {
  if (content.replace(/^\uFEFF/, "").trim() === "") throw new ImportError([{ file, key: "emptyFile" }]);
  let records: { record: string[]; info: CsvInfo }[];
  try {
    records = parse(content, {
      bom: true,
      delimiter: detectDelimiter(content),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: CsvInfo }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      // The parser's message can quote the file's contents; raw register data must never be echoed.
      if (!quoteData) throw new ImportError([{ file, item: line, key: "csvMalformedNoDetail" }]);
      throw new ImportError([{ file, item: line, key: "csvMalformed", values: { detail: error.message } }]);
    }
    throw error;
  }

  // csv-parse reports the line a record ends on; a record starts after the previous one
  // ended and after any empty lines that were skipped in between.
  let previous: CsvInfo = { lines: 0, empty_lines: 0 };
  const numbered = records.map(({ record, info }) => {
    const line = previous.lines + (info.empty_lines - previous.empty_lines) + 1;
    previous = info;
    return { line, cells: record };
  });

  const [first, ...rest] = numbered;
  const header = first!.cells.map((cell) => cell.trim());
  const problems = new ProblemList();
  for (const row of rest) {
    if (row.cells.length !== header.length) {
      problems.add({ file, item: row.line, key: "wrongCellCount", values: { count: row.cells.length, expected: header.length } });
    }
  }
  problems.throwIfAny();
  return { header, rows: rest };
}
