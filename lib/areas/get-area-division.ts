import type { PrismaClient } from "../db/generated/client.ts";
import type { AreaGeometry } from "../geo/geometry.ts";
import type { AreaWithGeometry } from "./area-summary.ts";

export interface WijkWithBuurten extends AreaWithGeometry {
  buurten: AreaWithGeometry[];
}

export interface AreaDivisionView {
  year: number;
  gemeente: AreaWithGeometry;
  wijken: WijkWithBuurten[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "nl");

/** The gemeente with its wijken and their buurten of one division year, or null if not imported. */
export async function getAreaDivision(
  prisma: PrismaClient,
  gemeenteCode: string,
  year: number,
): Promise<AreaDivisionView | null> {
  const rows = await prisma.area.findMany({
    where: { gemeenteCode, year },
    select: { code: true, name: true, level: true, year: true, parentCode: true, geometry: true },
    orderBy: { code: "asc" },
  });
  const areas: AreaWithGeometry[] = rows.map((row) => ({ ...row, geometry: row.geometry as unknown as AreaGeometry }));
  const gemeente = areas.find((area) => area.level === "GEMEENTE");
  if (!gemeente) return null;
  const wijken = areas
    .filter((area) => area.level === "WIJK")
    .map((wijk) => ({
      ...wijk,
      buurten: areas.filter((area) => area.level === "BUURT" && area.parentCode === wijk.code).sort(byName),
    }));
  return { year, gemeente, wijken };
}
