import type { PrismaClient } from "../db/generated/client.ts";

export interface FacilityView {
  id: number;
  type: string;
  name: string | null;
  lon: number;
  lat: number;
  x: number;
  y: number;
  buurtCode: string | null;
  isDemo: boolean;
}

/** The stored facilities, of one type or all, in a stable order. */
export async function getFacilities(prisma: PrismaClient, type?: string): Promise<FacilityView[]> {
  return prisma.facility.findMany({
    where: type ? { type } : {},
    select: { id: true, type: true, name: true, lon: true, lat: true, x: true, y: true, buurtCode: true, isDemo: true },
    orderBy: [{ type: "asc" }, { name: "asc" }, { id: "asc" }],
  });
}
