import type { PrismaClient } from "../db/generated/client.ts";
import { type AreaGeometry, mapPositions } from "../geo/geometry.ts";
import { wgs84ToRd } from "../geo/rd-new.ts";

export interface BuurtShapeRd {
  code: string;
  name: string;
  wijkCode: string;
  /** RD New metres: distances and areas are planar there. */
  geometryRd: AreaGeometry;
}

/** The buurten of a division in RD New, for computations in metres (reach, overlaps). */
export async function getBuurtShapesRd(prisma: PrismaClient, gemeenteCode: string, year: number): Promise<BuurtShapeRd[]> {
  const rows = await prisma.area.findMany({
    where: { gemeenteCode, year, level: "BUURT" },
    select: { code: true, name: true, parentCode: true, geometry: true },
    orderBy: { code: "asc" },
  });
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    wijkCode: row.parentCode ?? "",
    geometryRd: mapPositions(row.geometry as unknown as AreaGeometry, wgs84ToRd),
  }));
}
