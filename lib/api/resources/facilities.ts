import "server-only";
import { z } from "zod";
import { getDataVersion } from "../../cache/data-version.ts";
import { getPrisma } from "../../db/get-prisma.ts";
import { FACILITY_TYPE_CODES, facilityType, isFacilityTypeCode } from "../../facilities/facility-types.ts";
import { getFacilities } from "../../facilities/get-facilities.ts";
import { bboxParam, paginationParams, parseApiQuery } from "../api-query.ts";
import type { ApiContext } from "../api-route.ts";
import { pointInBbox } from "../bbox.ts";
import { dataResponse } from "../data-response.ts";
import { pageHeaders, paginate } from "../paginate.ts";
import type { FacilityCollectionBody } from "../schemas/facilities.ts";

/** GET /voorzieningen: points with their type and buurt; nothing about who runs or uses them. */
export async function listFacilities(context: ApiContext<unknown>): Promise<Response> {
  const query = parseApiQuery(
    context.url.searchParams,
    {
      ...paginationParams,
      soort: z.enum(FACILITY_TYPE_CODES).optional(),
      buurt: z.string().max(16).toUpperCase().regex(/^BU\d{8}$/, { message: "badCode" }).optional(),
      bbox: bboxParam.optional(),
    },
    context.reason,
  );
  const prisma = await getPrisma();
  const [facilities, version] = await Promise.all([getFacilities(prisma, query.soort), getDataVersion(prisma)]);
  return dataResponse(context.request, {
    version,
    format: "geojson",
    build: () => {
      const matching = facilities.filter(
        (facility) =>
          isFacilityTypeCode(facility.type) &&
          (!query.buurt || facility.buurtCode === query.buurt) &&
          (!query.bbox || pointInBbox(facility.lon, facility.lat, query.bbox)),
      );
      const page = paginate(matching, context.url, query.pagina, query.paginaGrootte);
      const body: FacilityCollectionBody = {
        type: "FeatureCollection",
        features: page.items.map((facility) => {
          const type = facilityType(facility.type as (typeof FACILITY_TYPE_CODES)[number]);
          return {
            type: "Feature",
            id: String(facility.id),
            geometry: { type: "Point", coordinates: [facility.lon, facility.lat] },
            properties: {
              soort: type.code,
              soortNaam: { nl: type.nameNl, en: type.nameEn },
              naam: facility.name,
              buurt: facility.buurtCode,
              demo: facility.isDemo,
            },
          };
        }),
        _links: page.links,
      };
      return { body, headers: pageHeaders(page) };
    },
  });
}
