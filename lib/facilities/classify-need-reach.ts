import { worstFifthTest } from "../figures/worst-fifth.ts";
import { FAR_METRES } from "./need-reach-pairs.ts";

export type NeedReachCategory = "both" | "need" | "far" | "neither" | "suppressed" | "no-data";

export interface NeedReachInput {
  code: string;
  need: { status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA"; rate: number | null };
  /** Mean distance to the nearest facility; null when the type has no facility at all. */
  meanMeters: number | null;
}

/**
 * High need is the top fifth of the published rates (the same rule as "stands out", read
 * upwards: every need indicator counts more as more), far is beyond FAR_METRES. A buurt whose
 * need is withheld or missing, or whose reach is unknown, is never highlighted: nothing may
 * be inferred from a hidden figure.
 */
export function classifyNeedReach(buurten: readonly NeedReachInput[], farMetres = FAR_METRES): Map<string, NeedReachCategory> {
  const rates = buurten.flatMap((buurt) => (buurt.need.status === "PUBLISHED" && buurt.need.rate !== null ? [buurt.need.rate] : []));
  const isHigh = worstFifthTest(rates, true);
  return new Map(
    buurten.map((buurt) => {
      if (buurt.need.status === "SUPPRESSED") return [buurt.code, "suppressed"];
      if (buurt.need.status !== "PUBLISHED" || buurt.need.rate === null || buurt.meanMeters === null) return [buurt.code, "no-data"];
      const high = isHigh(buurt.need.rate);
      const far = buurt.meanMeters > farMetres;
      return [buurt.code, high && far ? "both" : high ? "need" : far ? "far" : "neither"];
    }),
  );
}

/** Map classes of the categories: the highlighted buurten darkest, withheld and missing patterned. */
export const NEED_REACH_MAP_CLASS: Record<NeedReachCategory, number | "suppressed" | "no-data"> = {
  both: 5,
  need: 3,
  far: 2,
  neither: 1,
  suppressed: "suppressed",
  "no-data": "no-data",
};
