import type { PrismaClient } from "../db/generated/client.ts";
import { distanceMetres } from "../geo/distance.ts";
import type { Position } from "../geo/geometry.ts";
import { listPublishedInitiatives } from "./list-published-initiatives.ts";

/** How far around a chosen point published initiatives count as "nearby". */
export const NEARBY_METRES = 500;

export interface NearbyInitiative {
  id: number;
  title: string;
  buurtCode: string;
  /** From the chosen point to the initiative's public (rounded) point; null without either. */
  distanceMetres: number | null;
}

export interface NearbyQuery {
  /** The buurt chosen or the one the point lies in: all of its initiatives are shown. */
  buurtCode: string;
  point: Position | null;
  /** Other buurten within reach of the point, whose initiatives count when they lie within NEARBY_METRES. */
  nearbyBuurtCodes?: string[];
}

/**
 * Published initiatives a submitter should see before adding a duplicate: those in the same
 * buurt and those within NEARBY_METRES of the point, nearest first. Only the published read
 * is used, so nothing under moderation ever shows here.
 */
export async function listNearbyInitiatives(prisma: PrismaClient, query: NearbyQuery, limit = 10): Promise<NearbyInitiative[]> {
  const codes = [query.buurtCode, ...(query.nearbyBuurtCodes ?? []).filter((code) => code !== query.buurtCode)];
  const perBuurt = await Promise.all(codes.map((buurtCode) => listPublishedInitiatives(prisma, { buurtCode })));
  const found: NearbyInitiative[] = [];
  for (const initiative of perBuurt.flat()) {
    const distance = query.point && initiative.point ? Math.round(distanceMetres(query.point, initiative.point)) : null;
    const sameBuurt = initiative.buurtCode === query.buurtCode;
    if (sameBuurt || (distance !== null && distance <= NEARBY_METRES)) {
      found.push({ id: initiative.id, title: initiative.title, buurtCode: initiative.buurtCode, distanceMetres: distance });
    }
  }
  // Nearest first; those without a distance keep the published read's order (newest first) after them.
  return found
    .map((initiative, index) => ({ initiative, index }))
    .sort((a, b) => (a.initiative.distanceMetres ?? Infinity) - (b.initiative.distanceMetres ?? Infinity) || a.index - b.index)
    .slice(0, limit)
    .map(({ initiative }) => initiative);
}
