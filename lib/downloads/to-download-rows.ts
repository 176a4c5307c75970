import { type PublicStatus, publicStatus } from "../figures/public-status.ts";

// The rows of a download: one per area, the gemeente first, then its wijken, then its buurten.
// Column names and statuses are fixed Dutch words in every language, so a script written
// against one download keeps working on the next one and on the English file.

export type DownloadLevel = "gemeente" | "wijk" | "buurt";
/** The same words as the API's status, so a partner joins both without a mapping. */
export type DownloadStatus = PublicStatus;

export interface DownloadArea {
  level: "GEMEENTE" | "WIJK" | "BUURT";
  code: string;
  name: string;
  /** The wijk of a buurt, the gemeente of a wijk. */
  parentCode: string | null;
}

/** A published value as the release stores it. */
export interface DownloadCell {
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
  count: number | null;
  base: number | null;
  rate: number | null;
}

export interface DownloadRow {
  niveau: DownloadLevel;
  code: string;
  naam: string;
  /** The wijk a buurt lies in; empty for the gemeente and the wijken themselves. */
  wijk: string | null;
  jaar: number;
  indicator: string;
  status: DownloadStatus;
  aantal: number | null;
  basis: number | null;
  waarde: number | null;
}

const LEVELS = { GEMEENTE: "gemeente", WIJK: "wijk", BUURT: "buurt" } as const satisfies Record<DownloadArea["level"], DownloadLevel>;
const LEVEL_ORDER: DownloadArea["level"][] = ["GEMEENTE", "WIJK", "BUURT"];

/** The status a page shows for a cell; an area without a stored cell has no data. */
export function shownStatus(cell: DownloadCell | undefined): DownloadStatus {
  return cell ? publicStatus(cell) : "geenGegevens";
}

/**
 * Every area with its cell of one indicator and year; an area without a stored cell has no
 * data. Only a published cell carries numbers: whatever else a cell might hold, a withheld
 * or missing figure leaves aantal, basis and waarde empty.
 */
export function toDownloadRows(input: {
  indicator: string;
  year: number;
  areas: readonly DownloadArea[];
  cells: ReadonlyMap<string, DownloadCell>;
}): DownloadRow[] {
  const ordered = [...input.areas].sort(
    (a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.code.localeCompare(b.code),
  );
  return ordered.map((area) => {
    const cell = input.cells.get(area.code);
    const status = shownStatus(cell);
    const published = status === "gepubliceerd" ? cell! : null;
    return {
      niveau: LEVELS[area.level],
      code: area.code,
      naam: area.name,
      wijk: area.level === "BUURT" ? area.parentCode : null,
      jaar: input.year,
      indicator: input.indicator,
      status,
      aantal: published?.count ?? null,
      basis: published?.base ?? null,
      waarde: published?.rate ?? null,
    };
  });
}

/** The scale of a value, as the pages write it after the number ("12,3%", "4,5 per 1.000"). */
export function rateUnit(rateScale: number): string {
  return rateScale === 100 ? "%" : `per ${rateScale}`;
}

/** The value column's name says its scale: "waarde (%)", "waarde (per 1000)". */
export function rateColumn(rateScale: number): string {
  return `waarde (${rateUnit(rateScale)})`;
}

/** The CSV header of a download, in the order of downloadCells. */
export function downloadHeader(rateScale: number): string[] {
  return ["niveau", "code", "naam", "wijk", "jaar", "indicator", "status", "aantal", "basis", rateColumn(rateScale)];
}

/** One row as CSV cells: numbers stay numbers, an empty figure is null. */
export function downloadCells(row: DownloadRow): (string | number | null)[] {
  return [row.niveau, row.code, row.naam, row.wijk, row.jaar, row.indicator, row.status, row.aantal, row.basis, row.waarde];
}
