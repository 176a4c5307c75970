import type { ReleasedCell } from "./format-indicator-cell.ts";

/** The status words of every public channel (API, downloads, embeds), as the pages show them. */
export type PublicStatus = "gepubliceerd" | "afgeschermd" | "geenGegevens";

/**
 * A published cell without a count shows as "no data" on the pages, so it must read the
 * same everywhere else; a withheld cell is "afgeschermd" whatever else is stored with it.
 */
export function publicStatus(cell: Pick<ReleasedCell, "status" | "count">): PublicStatus {
  if (cell.status === "SUPPRESSED") return "afgeschermd";
  return cell.status === "PUBLISHED" && cell.count !== null ? "gepubliceerd" : "geenGegevens";
}
