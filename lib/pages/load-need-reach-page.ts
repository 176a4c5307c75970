import "server-only";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { classifyNeedReach, type NeedReachCategory } from "../facilities/classify-need-reach.ts";
import type { FacilityTypeCode } from "../facilities/facility-types.ts";
import { getFacilityReach, type ReachView } from "../facilities/get-facility-reach.ts";
import { NEED_REACH_PAIRS } from "../facilities/need-reach-pairs.ts";
import type { ReleasedCell } from "../figures/format-indicator-cell.ts";
import { type GridBuurt, type GridIndicator, gridCell, loadReleaseGrid, type ReleaseGrid } from "./load-release-grid.ts";
import { requestDataVersion } from "./request-data-version.ts";

export interface NeedReachBuurt extends GridBuurt {
  need: ReleasedCell;
  reach: ReachView | null;
  category: NeedReachCategory;
}

export interface NeedReachPageData {
  grid: ReleaseGrid;
  need: GridIndicator;
  type: FacilityTypeCode;
  buurten: NeedReachBuurt[];
  isDemoFacilities: boolean;
}

export type NeedReachPageResult = { kind: "need-reach"; data: NeedReachPageData } | { kind: "no-release" } | { kind: "unknown-choice" };

const cache = createVersionedCache<string, NeedReachPageResult>(200);

/** A published need and the reach of a facility type per buurt, and where both are bad; cached per data version. */
export async function loadNeedReachPage(choice: { need?: string; type?: FacilityTypeCode; year?: number }): Promise<NeedReachPageResult> {
  const version = await requestDataVersion();
  return cache.get(version, `${choice.need ?? ""}/${choice.type ?? ""}/${choice.year ?? ""}`, () => load(choice));
}

async function load(choice: { need?: string; type?: FacilityTypeCode; year?: number }): Promise<NeedReachPageResult> {
  const result = await loadReleaseGrid(choice.year);
  if (result.kind === "unknown-year") return { kind: "unknown-choice" };
  if (result.kind !== "grid") return result;
  const { grid } = result;
  const known = (code: string) => grid.indicators.find((indicator) => indicator.code === code);
  const pair = NEED_REACH_PAIRS.find((candidate) => known(candidate.need) && (choice.need === undefined || candidate.need === choice.need));
  // Without a choice: the first usual pair this release publishes, else its first indicator,
  // so the menu's link works for any catalogue; only a named, unknown need is "not found".
  const need = choice.need === undefined ? (known(pair?.need ?? "") ?? grid.indicators[0]) : known(choice.need);
  if (!need) return { kind: "unknown-choice" };
  const type = choice.type ?? pair?.type ?? "huisarts";
  const reach = await getFacilityReach(await getPrisma(), getMunicipalityConfig().areaYear, { type });
  const reachOf = new Map(reach.map((row) => [row.buurtCode, row]));
  const rows = grid.buurten.map((buurt) => ({ buurt, need: gridCell(grid, need.code, buurt.code), reach: reachOf.get(buurt.code) ?? null }));
  const categories = classifyNeedReach(rows.map((row) => ({ code: row.buurt.code, need: row.need, meanMeters: row.reach?.meanMeters ?? null })));
  return {
    kind: "need-reach",
    data: {
      grid,
      need,
      type,
      isDemoFacilities: reach.some((row) => row.isDemo),
      buurten: rows.map((row) => ({ ...row.buurt, need: row.need, reach: row.reach, category: categories.get(row.buurt.code)! })),
    },
  };
}
