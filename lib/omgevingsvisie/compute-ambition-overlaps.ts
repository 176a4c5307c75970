import type { AreaGeometry } from "../geo/geometry.ts";
import { areaOf, overlapArea } from "../geo/polygon-overlap.ts";

/** How much of a buurt an ambition's area covers, and the other way round. */
export interface AmbitionOverlap {
  ambitionId: string;
  buurtCode: string;
  /** Whole square metres. */
  overlapM2: number;
  /** Share (0–1, 4 decimals) of the buurt inside the ambition's area. */
  shareOfBuurt: number;
  /** Share (0–1, 4 decimals) of the ambition's area inside the buurt. */
  shareOfAmbition: number;
}

// Ambition areas are drawn indicatively along generalised CBS boundaries, so a neighbouring
// buurt picks up strips of a few metres wide along the shared edge. A pair counts from a
// tenth of a hectare, or from 1 % of a small buurt whose whole area is under 10 ha.
export const MIN_OVERLAP_M2 = 1000;
export const MIN_SHARE_OF_BUURT = 0.01;

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** Overlaps of every ambition with every buurt, both in RD New; slivers left out. */
export function computeAmbitionOverlaps(
  ambitions: readonly { id: string; rd: AreaGeometry }[],
  buurten: readonly { code: string; geometryRd: AreaGeometry }[],
): AmbitionOverlap[] {
  const buurtAreas = buurten.map((buurt) => areaOf(buurt.geometryRd));
  const overlaps: AmbitionOverlap[] = [];
  for (const ambition of ambitions) {
    const ambitionArea = areaOf(ambition.rd);
    buurten.forEach((buurt, index) => {
      const overlap = overlapArea(ambition.rd, buurt.geometryRd);
      const buurtArea = buurtAreas[index]!;
      if (overlap <= 0 || buurtArea <= 0 || ambitionArea <= 0) return;
      if (overlap < MIN_OVERLAP_M2 && overlap / buurtArea < MIN_SHARE_OF_BUURT) return;
      overlaps.push({
        ambitionId: ambition.id,
        buurtCode: buurt.code,
        overlapM2: Math.round(overlap),
        // Clipping rounds at the last digit; a share is never more than the whole.
        shareOfBuurt: Math.min(1, round4(overlap / buurtArea)),
        shareOfAmbition: Math.min(1, round4(overlap / ambitionArea)),
      });
    });
  }
  return overlaps;
}
