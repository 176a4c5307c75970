import type { PrismaClient } from "../db/generated/client.ts";
import { wgs84ToRd } from "../geo/rd-new.ts";
import { DEMO_REFERENCE_PREFIX } from "./demo-reference.ts";
import { PUBLIC_STATUSES } from "./initiative-status.ts";
import { listPublishedInitiatives, type PublishedInitiative } from "./list-published-initiatives.ts";

/** A published initiative as the public pages show it: where it is, in names and on the SVG map. */
export interface PublicInitiativeView extends PublishedInitiative {
  buurtName: string;
  wijkCode: string | null;
  wijkName: string | null;
  /** The public (coarsened) point in the SVG maps' units: RD New metres, y flipped; null without a point. */
  svgPoint: [number, number] | null;
  isDemo: boolean;
}

/**
 * Every published initiative with its buurt's and wijk's names, newest publication first.
 * Built on the public read, so nothing unpublished and no contact data can reach a page.
 */
export async function readPublicInitiatives(prisma: PrismaClient, place: { gemeenteCode: string; areaYear: number }): Promise<PublicInitiativeView[]> {
  const [initiatives, areas, demo] = await Promise.all([
    listPublishedInitiatives(prisma),
    prisma.area.findMany({
      where: { gemeenteCode: place.gemeenteCode, year: place.areaYear, level: { in: ["BUURT", "WIJK"] } },
      select: { code: true, name: true, parentCode: true },
    }),
    prisma.initiative.findMany({ where: { reference: { startsWith: DEMO_REFERENCE_PREFIX }, status: { in: [...PUBLIC_STATUSES] } }, select: { id: true } }),
  ]);
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const demoIds = new Set(demo.map((row) => row.id));
  return initiatives.map((initiative) => {
    const buurt = byCode.get(initiative.buurtCode);
    const wijk = buurt?.parentCode ? byCode.get(buurt.parentCode) : undefined;
    const rd = initiative.point ? wgs84ToRd(initiative.point) : null;
    return {
      ...initiative,
      buurtName: buurt?.name ?? initiative.buurtCode,
      wijkCode: wijk?.code ?? null,
      wijkName: wijk?.name ?? null,
      svgPoint: rd ? [Math.round(rd[0]), -Math.round(rd[1])] : null,
      isDemo: demoIds.has(initiative.id),
    };
  });
}
