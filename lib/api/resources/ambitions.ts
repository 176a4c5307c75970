import "server-only";
import { z } from "zod";
import { getDataVersion } from "../../cache/data-version.ts";
import { getMunicipalityConfig } from "../../config/load-municipality-config.ts";
import { getPrisma } from "../../db/get-prisma.ts";
import { AmbitionIdParam } from "../../omgevingsvisie/ambition-id.ts";
import { getAmbition, getAmbitions, type AmbitionView } from "../../omgevingsvisie/get-ambitions.ts";
import { VISIE_THEME_CODES } from "../../omgevingsvisie/visie-themes.ts";
import { ApiProblem } from "../api-problem.ts";
import { bboxParam, paginationParams, parseApiQuery } from "../api-query.ts";
import type { ApiContext } from "../api-route.ts";
import { apiUrl } from "../api-url.ts";
import { geometryMeetsBbox } from "../bbox.ts";
import { dataResponse } from "../data-response.ts";
import { pageHeaders, paginate } from "../paginate.ts";
import type { AmbitionCollectionBody, AmbitionFeatureBody } from "../schemas/ambitions.ts";

function toFeature(ambition: AmbitionView, base: URL): AmbitionFeatureBody {
  return {
    type: "Feature",
    id: ambition.id,
    geometry: ambition.geometry,
    properties: {
      thema: ambition.theme,
      titel: ambition.title,
      tekst: ambition.text,
      status: ambition.status,
      document: ambition.documentUrl,
      demo: ambition.isDemo,
      buurten: ambition.buurten.map((overlap) => ({
        code: overlap.code,
        aandeelBuurt: overlap.shareOfBuurt,
        aandeelAmbitie: overlap.shareOfAmbition,
      })),
    },
    _links: { self: apiUrl(base, `/ambities/${ambition.id}`) },
  };
}

/** GET /ambities: the Omgevingsvisie's ambitions with the buurten they touch. */
export async function listAmbitions(context: ApiContext<unknown>): Promise<Response> {
  const query = parseApiQuery(
    context.url.searchParams,
    { ...paginationParams, thema: z.enum(VISIE_THEME_CODES).optional(), bbox: bboxParam.optional() },
    context.reason,
  );
  const prisma = await getPrisma();
  const [ambitions, version] = await Promise.all([getAmbitions(prisma, getMunicipalityConfig().areaYear), getDataVersion(prisma)]);
  return dataResponse(context.request, {
    version,
    format: "geojson",
    build: () => {
      const matching = ambitions.filter(
        (ambition) => (!query.thema || ambition.theme === query.thema) && (!query.bbox || geometryMeetsBbox(ambition.geometry, query.bbox)),
      );
      const page = paginate(matching, context.url, query.pagina, query.paginaGrootte);
      const body: AmbitionCollectionBody = {
        type: "FeatureCollection",
        features: page.items.map((ambition) => toFeature(ambition, context.url)),
        _links: page.links,
      };
      return { body, headers: pageHeaders(page) };
    },
  });
}

/** GET /ambities/{id} */
export async function getAmbitionResource(context: ApiContext<{ id: string }>): Promise<Response> {
  parseApiQuery(context.url.searchParams, {}, context.reason);
  const id = AmbitionIdParam.safeParse(context.params.id);
  const prisma = await getPrisma();
  const ambition = id.success ? await getAmbition(prisma, id.data, getMunicipalityConfig().areaYear) : null;
  if (!ambition) throw new ApiProblem(404, "notFound", { code: context.params.id.slice(0, 40) });
  const version = await getDataVersion(prisma);
  return dataResponse(context.request, { version, format: "geojson", build: () => ({ body: toFeature(ambition, context.url) }) });
}
