import "server-only";
import { z } from "zod";
import { getAreaDivision } from "../../areas/get-area-division.ts";
import { getDataVersion } from "../../cache/data-version.ts";
import { getMunicipalityConfig } from "../../config/load-municipality-config.ts";
import { getPrisma } from "../../db/get-prisma.ts";
import { INITIATIVE_CATEGORY_CODES } from "../../initiatives/initiative-categories.ts";
import { PUBLIC_STATUSES, STATUS_WORDS, statusOfWord } from "../../initiatives/initiative-status.ts";
import { getPublishedInitiative, listPublishedInitiatives } from "../../initiatives/list-published-initiatives.ts";
import { getInitiativesVersion } from "../../initiatives/get-initiatives-version.ts";
import { ApiProblem } from "../api-problem.ts";
import { bboxParam, paginationParams, parseApiQuery } from "../api-query.ts";
import type { ApiContext } from "../api-route.ts";
import { geometryMeetsBbox, pointInBbox } from "../bbox.ts";
import { dataResponse } from "../data-response.ts";
import { pageHeaders, paginate } from "../paginate.ts";
import type { InitiativeCollectionBody } from "../schemas/initiatives.ts";
import { toInitiativeFeature } from "../to-initiative-feature.ts";

// Initiatives change between releases (moderation publishes them one by one), so their
// validator combines the data version with the newest initiative change.
async function versionOf(): Promise<string> {
  const prisma = await getPrisma();
  const [data, initiatives] = await Promise.all([getDataVersion(prisma), getInitiativesVersion(prisma)]);
  return `${data}-${initiatives}`;
}

/** GET /initiatieven: published initiatives only, filtered by buurt, category, status and bbox. */
export async function listInitiatives(context: ApiContext<unknown>): Promise<Response> {
  const query = parseApiQuery(
    context.url.searchParams,
    {
      ...paginationParams,
      buurt: z.string().max(16).toUpperCase().regex(/^BU\d{8}$/, { message: "badCode" }).optional(),
      categorie: z.enum(INITIATIVE_CATEGORY_CODES).optional(),
      status: z.enum(PUBLIC_STATUSES.map((status) => STATUS_WORDS[status]) as [string, ...string[]]).optional(),
      bbox: bboxParam.optional(),
    },
    context.reason,
  );
  const prisma = await getPrisma();
  const version = await versionOf();
  return dataResponse(context.request, {
    version,
    format: "geojson",
    build: async () => {
      const initiatives = await listPublishedInitiatives(prisma, {
        buurtCode: query.buurt,
        category: query.categorie,
        status: query.status ? statusOfWord(query.status) : undefined,
      });
      let matching = initiatives;
      if (query.bbox) {
        const bbox = query.bbox;
        // An initiative pinned to a buurt only is where its buurt is.
        const { gemeenteCode, areaYear } = getMunicipalityConfig();
        const division = await getAreaDivision(prisma, gemeenteCode, areaYear);
        const buurtGeometry = new Map((division?.wijken ?? []).flatMap((wijk) => wijk.buurten.map((buurt) => [buurt.code, buurt.geometry] as const)));
        matching = initiatives.filter((initiative) => {
          if (initiative.point) return pointInBbox(initiative.point[0], initiative.point[1], bbox);
          const geometry = buurtGeometry.get(initiative.buurtCode);
          return geometry ? geometryMeetsBbox(geometry, bbox) : false;
        });
      }
      const page = paginate(matching, context.url, query.pagina, query.paginaGrootte);
      const body: InitiativeCollectionBody = {
        type: "FeatureCollection",
        features: page.items.map((initiative) => toInitiativeFeature(initiative, context.url)),
        _links: page.links,
      };
      return { body, headers: pageHeaders(page) };
    },
  });
}

/** GET /initiatieven/{id}: a published initiative; anything else is not found, whether it exists or not. */
export async function getInitiativeResource(context: ApiContext<{ id: string }>): Promise<Response> {
  parseApiQuery(context.url.searchParams, {}, context.reason);
  const id = /^\d{1,9}$/.test(context.params.id) ? Number(context.params.id) : null;
  const prisma = await getPrisma();
  const initiative = id === null ? null : await getPublishedInitiative(prisma, id);
  if (!initiative) throw new ApiProblem(404, "notFound", { code: context.params.id.slice(0, 40) });
  return dataResponse(context.request, {
    version: await versionOf(),
    format: "geojson",
    build: () => ({ body: toInitiativeFeature(initiative, context.url) }),
  });
}
