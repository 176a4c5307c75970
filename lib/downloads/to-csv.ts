// CSV as RFC 4180 describes it (comma, CRLF, double quotes), with a byte-order mark so
// spreadsheet programs read the UTF-8 names of buurten correctly.

export type CsvCell = string | number | null;

const BOM = "\uFEFF";
const CRLF = "\r\n";

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV
// injection"). Area names come from files the municipality imports, so text is never trusted.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell: defused if a spreadsheet would run it, quoted if it holds a separator. */
function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Numbers are written as numbers (a negative one included: the formula guard is for text
 * only), with a point as decimal separator whatever the language.
 */
function cell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return textCell(value);
}

/**
 * The note as "# " comment lines before the header (pandas, R and csvkit skip them with a
 * comment option; a person reads them first), then the header and one line per row.
 */
export function toCsv(note: readonly string[], header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const comments = note.flatMap((line) => line.split(/\r\n|\r|\n/)).map((line) => (line === "" ? "#" : `# ${line}`));
  const lines = [...comments, header.map(textCell).join(","), ...rows.map((row) => row.map(cell).join(","))];
  return BOM + lines.map((line) => line + CRLF).join("");
}
