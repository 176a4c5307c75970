/** What a figure table shows: already formatted and translated, ready for any renderer. */
export type CellStatus = "PUBLISHED" | "SUPPRESSED" | "NO_DATA";

export interface FigureTableCell {
  text: string;
  status: CellStatus;
  /** Said after the value, e.g. "stands out" in a comparison. */
  mark?: string;
}

export interface FigureTableRow {
  key: string;
  label: string;
  /** Set when the label is CBS's Dutch title shown on an English page. */
  labelLang?: string;
  unit: string;
  unitLang?: string;
  cells: FigureTableCell[];
}

export interface FigureTableGroup {
  label: string;
  rows: FigureTableRow[];
}

export interface IndicatorTableRow {
  key: string;
  label: string;
  description: string;
  cells: FigureTableCell[];
  /** Said beside the name when the buurt is among the gemeente's worst fifth. */
  standsOut?: string;
  /** The buurt's figure per year, in words: "2021: 28,0% (35) · 2022: afgeschermd". */
  trend?: string;
}
