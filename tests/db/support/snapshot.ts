import type { Database } from "@/lib/db/open-database.ts";
import { canonicalJson } from "@/lib/import/canonical-json.ts";

/** Everything an import can touch, as one comparable string. */
export async function snapshot(db: Database): Promise<string> {
  const [areas, definitions, figures, logs, facilities, reach, ambitions, overlaps] = await Promise.all([
    db.prisma.area.findMany({ orderBy: [{ year: "asc" }, { code: "asc" }] }),
    db.prisma.figureDefinition.findMany({ orderBy: [{ tableId: "asc" }, { key: "asc" }] }),
    db.prisma.figure.findMany({ orderBy: [{ tableId: "asc" }, { key: "asc" }, { areaCode: "asc" }] }),
    db.prisma.importLog.findMany({ orderBy: { id: "asc" } }),
    db.prisma.facility.findMany({ orderBy: { id: "asc" } }),
    db.prisma.facilityReach.findMany({ orderBy: [{ buurtCode: "asc" }, { type: "asc" }] }),
    db.prisma.ambition.findMany({ orderBy: { id: "asc" } }),
    db.prisma.ambitionBuurt.findMany({ orderBy: [{ ambitionId: "asc" }, { buurtCode: "asc" }] }),
  ]);
  return canonicalJson({ areas, definitions, figures, logs, facilities, reach, ambitions, overlaps });
}
