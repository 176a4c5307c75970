import type { PrismaClient } from "../db/generated/client.ts";
import type { AreaGeometry } from "../geo/geometry.ts";
import type { AreaWithGeometry } from "./area-summary.ts";

export interface BuurtView {
  buurt: AreaWithGeometry;
  wijk: AreaWithGeometry;
  gemeente: AreaWithGeometry;
  /** The other buurten of the same wijk, for the locator map and onward links. */
  neighbours: AreaWithGeometry[];
}

const select = { code: true, name: true, level: true, year: true, parentCode: true, geometry: true } as const;
type Row = { code: string; name: string; level: AreaWithGeometry["level"]; year: number; parentCode: string | null; geometry: unknown };
const toArea = (row: Row): AreaWithGeometry => ({ ...row, geometry: row.geometry as AreaGeometry });

/** A buurt of the configured gemeente and division year with its wijk and gemeente, or null. */
export async function getBuurt(
  prisma: PrismaClient,
  { code, gemeenteCode, year }: { code: string; gemeenteCode: string; year: number },
): Promise<BuurtView | null> {
  const buurt = await prisma.area.findFirst({ where: { code, year, gemeenteCode, level: "BUURT" }, select });
  if (!buurt?.parentCode) return null;
  const [wijk, gemeente, neighbours] = await Promise.all([
    prisma.area.findUnique({ where: { year_code: { year, code: buurt.parentCode } }, select }),
    prisma.area.findUnique({ where: { year_code: { year, code: gemeenteCode } }, select }),
    prisma.area.findMany({
      where: { year, parentCode: buurt.parentCode, level: "BUURT", NOT: { code } },
      select,
      orderBy: { name: "asc" },
    }),
  ]);
  if (!wijk || !gemeente) return null;
  return { buurt: toArea(buurt), wijk: toArea(wijk), gemeente: toArea(gemeente), neighbours: neighbours.map(toArea) };
}
