import { CsvError, parse } from "csv-parse/sync";
import { ImportError } from "./import-problem.ts";

export interface CsvTable {
  header: string[];
  /** Data rows with the line number each started on, for messages. */
  rows: { line: number; cells: string[] }[];
}

/** StatLine's Dutch CSV export separates with ";"; everything else with ",". Decided by the header. */
function detectDelimiter(content: string): string {
  const header = content.slice(0, content.search(/\r?\n|$/));
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

/**
 * Reads CSV as CBS and spreadsheets write it: comma or semicolon separated, optional
 * byte-order mark, quoted fields. Every row must have as many cells as the header.
 */
export function readCsv(content: string, file: string): CsvTable {
  if (content.replace(/^\uFEFF/, "").trim() === "") throw new ImportError([{ file, key: "emptyFile" }]);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, {
      bom: true,
      delimiter: detectDelimiter(content),
      skip_empty_lines: true,
      info: true,
      relax_quotes: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ImportError([{ file, item: line, key: "csvMalformed", values: { detail: error.message } }]);
    }
    throw error;
  }
  const [first, ...rest] = records;
  const header = first!.record.map((cell) => cell.trim());
  return { header, rows: rest.map(({ record, info }) => ({ line: info.lines, cells: record })) };
}
