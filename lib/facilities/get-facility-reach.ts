import type { PrismaClient } from "../db/generated/client.ts";

export interface ReachView {
  buurtCode: string;
  type: string;
  meanMeters: number;
  within400: number;
  within800: number;
  within1200: number;
  gridPoints: number;
  isDemo: boolean;
}

/** The reach of every buurt of a division, for one facility type or one buurt. */
export async function getFacilityReach(
  prisma: PrismaClient,
  areaYear: number,
  filter: { type?: string; buurtCode?: string } = {},
): Promise<ReachView[]> {
  return prisma.facilityReach.findMany({
    where: { areaYear, ...(filter.type ? { type: filter.type } : {}), ...(filter.buurtCode ? { buurtCode: filter.buurtCode } : {}) },
    select: { buurtCode: true, type: true, meanMeters: true, within400: true, within800: true, within1200: true, gridPoints: true, isDemo: true },
    orderBy: [{ buurtCode: "asc" }, { type: "asc" }],
  });
}
