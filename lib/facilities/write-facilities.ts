import type { PrismaClient } from "../db/generated/client.ts";
import type { ReachRow } from "./compute-reach.ts";
import type { ParsedFacility } from "./import/parse-facility-file.ts";
import type { PlacedFacility } from "./place-facilities.ts";

export interface FacilityWriteSummary {
  facilities: number;
  insideGemeente: number;
  nearby: number;
  reachRows: number;
  isDemo: boolean;
}

/** The summary's numbers, for a message. */
export function facilityCounts({ facilities, insideGemeente, nearby, reachRows }: FacilityWriteSummary) {
  return { facilities, insideGemeente, nearby, reachRows };
}

/**
 * Replaces the whole facility set and its reach in one transaction: a new import (or the demo
 * set) lands completely or not at all, and a re-run of the same file gives the same rows.
 */
export async function writeFacilities(
  prisma: PrismaClient,
  input: {
    placed: PlacedFacility<ParsedFacility>[];
    reach: ReachRow[];
    areaYear: number;
    isDemo: boolean;
    source: { file: string; sha256: string };
  },
): Promise<FacilityWriteSummary> {
  const summary: FacilityWriteSummary = {
    facilities: input.placed.length,
    insideGemeente: input.placed.filter((entry) => entry.buurtCode !== null).length,
    nearby: input.placed.filter((entry) => entry.buurtCode === null).length,
    reachRows: input.reach.length,
    isDemo: input.isDemo,
  };
  await prisma.$transaction(async (tx) => {
    await tx.facility.deleteMany({});
    await tx.facilityReach.deleteMany({});
    await tx.facility.createMany({
      data: input.placed.map(({ facility, buurtCode }) => ({
        type: facility.type,
        name: facility.name,
        lon: facility.lon,
        lat: facility.lat,
        x: facility.x,
        y: facility.y,
        buurtCode,
        sourceRef: facility.sourceRef,
        isDemo: input.isDemo,
      })),
    });
    await tx.facilityReach.createMany({
      data: input.reach.map((row) => ({ ...row, areaYear: input.areaYear, isDemo: input.isDemo })),
    });
    await tx.importLog.create({
      data: { kind: input.isDemo ? "facilities-demo" : "facilities", fileName: input.source.file, sha256: input.source.sha256, summary: { ...summary } },
    });
  });
  return summary;
}
