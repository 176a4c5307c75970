import "server-only";
import { getPrisma } from "../db/get-prisma.ts";
import { listNearbyInitiatives, NEARBY_METRES, type NearbyInitiative } from "./list-nearby-initiatives.ts";
import { buurtenNear, locateBuurt } from "./locate-buurt.ts";
import { loadSubmissionAreas } from "./load-submission-areas.ts";
import type { NearbyPlace } from "./nearby-query.ts";

export type NearbyResult =
  | { kind: "found"; buurt: { code: string; name: string }; initiatives: NearbyInitiative[] }
  /** A point outside every buurt of the gemeente. */
  | { kind: "outside" }
  /** A buurt code that is not one of ours, or no division imported yet. */
  | { kind: "unknown" };

/** Published initiatives in the chosen buurt or near the chosen point. */
export async function loadNearbyInitiatives(place: NearbyPlace): Promise<NearbyResult> {
  const areas = await loadSubmissionAreas();
  if (!areas) return { kind: "unknown" };
  const prisma = await getPrisma();
  if (place.kind === "buurt") {
    const buurt = areas.buurten.find((candidate) => candidate.code === place.code);
    if (!buurt) return { kind: "unknown" };
    return { kind: "found", buurt: { code: buurt.code, name: buurt.name }, initiatives: await listNearbyInitiatives(prisma, { buurtCode: buurt.code, point: null }) };
  }
  const point: [number, number] = [place.lon, place.lat];
  const buurt = locateBuurt(point, areas.buurten);
  if (!buurt) return { kind: "outside" };
  const nearbyBuurtCodes = buurtenNear(point, areas.buurten, NEARBY_METRES).map((candidate) => candidate.code);
  const initiatives = await listNearbyInitiatives(prisma, { buurtCode: buurt.code, point, nearbyBuurtCodes });
  return { kind: "found", buurt: { code: buurt.code, name: buurt.name }, initiatives };
}
