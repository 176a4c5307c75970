import type { RegisterRow } from "./generate-register-counts.ts";

export const REGISTER_CSV_HEADER = "gebiedscode,indicator,jaar,categorie,aantal,basis";

/** The raw register input of `npm run publish`: a header, one line per row, LF line ends. */
export function toRegisterCsv(rows: readonly RegisterRow[]): string {
  const lines = [REGISTER_CSV_HEADER];
  for (const row of rows) {
    lines.push(`${row.gebiedscode},${row.indicator},${row.jaar},${row.categorie},${row.aantal},${row.basis}`);
  }
  return `${lines.join("\n")}\n`;
}
