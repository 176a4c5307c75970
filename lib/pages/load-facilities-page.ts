import "server-only";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { FACILITY_TYPE_CODES, type FacilityTypeCode } from "../facilities/facility-types.ts";
import { getFacilities } from "../facilities/get-facilities.ts";
import { getFacilityReach, type ReachView } from "../facilities/get-facility-reach.ts";
import { type DivisionShapes, loadDivisionShapes } from "./load-division-shapes.ts";
import { requestDataVersion } from "./request-data-version.ts";

export interface FacilityPoint {
  id: number;
  name: string | null;
  /** SVG map coordinates: RD New metres with y flipped, as the buurt paths are drawn. */
  svgX: number;
  svgY: number;
  buurtCode: string | null;
}

export interface FacilitiesPageData {
  shapes: DivisionShapes;
  type: FacilityTypeCode;
  isDemo: boolean;
  /** Per type of the catalogue: facilities inside the gemeente and just outside it. */
  counts: { type: FacilityTypeCode; inside: number; nearby: number }[];
  facilities: FacilityPoint[];
  /** Buurt code → reach of the chosen type; missing when the type has no facility at all. */
  reach: Map<string, ReachView>;
}

export type FacilitiesPageResult = { kind: "facilities"; data: FacilitiesPageData } | { kind: "no-areas" } | { kind: "no-facilities"; shapes: DivisionShapes };

const cache = createVersionedCache<string, FacilitiesPageResult>(FACILITY_TYPE_CODES.length + 2);

/** The facilities of one type with every buurt's reach; cached per data version. */
export async function loadFacilitiesPage(type: FacilityTypeCode): Promise<FacilitiesPageResult> {
  const config = getMunicipalityConfig();
  const [prisma, version] = await Promise.all([getPrisma(), requestDataVersion()]);
  return cache.get(version, type, async () => {
    const shapes = await loadDivisionShapes();
    if (!shapes) return { kind: "no-areas" };
    const [all, reach] = await Promise.all([getFacilities(prisma), getFacilityReach(prisma, config.areaYear, { type })]);
    if (all.length === 0) return { kind: "no-facilities", shapes };
    const counts = FACILITY_TYPE_CODES.map((code) => {
      const ofType = all.filter((facility) => facility.type === code);
      const inside = ofType.filter((facility) => facility.buurtCode !== null).length;
      return { type: code, inside, nearby: ofType.length - inside };
    });
    return {
      kind: "facilities",
      data: {
        shapes,
        type,
        isDemo: all.some((facility) => facility.isDemo),
        counts,
        facilities: all
          .filter((facility) => facility.type === type)
          .map((facility) => ({ id: facility.id, name: facility.name, svgX: Math.round(facility.x), svgY: -Math.round(facility.y), buurtCode: facility.buurtCode })),
        reach: new Map(reach.map((row) => [row.buurtCode, row])),
      },
    };
  });
}
