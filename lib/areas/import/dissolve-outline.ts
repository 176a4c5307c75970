import union from "@turf/union";
import type { AreaGeometry } from "../../geo/geometry.ts";
import { mapPositions, rewindRfc7946 } from "../../geo/geometry.ts";
import { rdToWgs84 } from "../../geo/rd-new.ts";

/**
 * The outline of a wijk or gemeente as the union of its buurten. Dissolved in RD New
 * metres (planar), then converted, so shared CBS vertices cancel exactly.
 */
export function dissolveOutline(partsInRd: AreaGeometry[]): AreaGeometry {
  if (partsInRd.length === 1) return rewindRfc7946(mapPositions(partsInRd[0]!, rdToWgs84));
  const merged = union({
    type: "FeatureCollection",
    features: partsInRd.map((geometry) => ({ type: "Feature", properties: {}, geometry })),
  } as never);
  if (!merged) throw new Error("Cannot dissolve an empty set of outlines");
  return rewindRfc7946(mapPositions(merged.geometry as AreaGeometry, rdToWgs84));
}
