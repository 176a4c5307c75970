import "server-only";
import { z } from "zod";
import type { AreaWithGeometry } from "../../areas/area-summary.ts";
import { getAreaDivision } from "../../areas/get-area-division.ts";
import { getDataVersion } from "../../cache/data-version.ts";
import { getMunicipalityConfig } from "../../config/load-municipality-config.ts";
import { getPrisma } from "../../db/get-prisma.ts";
import { ApiProblem } from "../api-problem.ts";
import { bboxParam, codeParam, paginationParams, parseApiQuery } from "../api-query.ts";
import type { ApiContext } from "../api-route.ts";
import { apiUrl } from "../api-url.ts";
import { geometryMeetsBbox } from "../bbox.ts";
import { dataResponse } from "../data-response.ts";
import { pageHeaders, paginate } from "../paginate.ts";
import type { AreaCollectionBody, AreaFeatureBody } from "../schemas/areas.ts";

export type AreaKind = "buurt" | "wijk";

const COLLECTION: Record<AreaKind, string> = { buurt: "/buurten", wijk: "/wijken" };
export const AREA_CODE: Record<AreaKind, RegExp> = { buurt: /^BU\d{8}$/, wijk: /^WK\d{6}$/ };

function toFeature(area: AreaWithGeometry, kind: AreaKind, gemeenteCode: string, base: URL): AreaFeatureBody {
  return {
    type: "Feature",
    id: area.code,
    geometry: area.geometry,
    properties: {
      code: area.code,
      naam: area.name,
      niveau: kind,
      gemeente: gemeenteCode,
      wijk: kind === "buurt" ? area.parentCode : null,
      indelingsjaar: area.year,
    },
    _links: {
      self: apiUrl(base, `${COLLECTION[kind]}/${area.code}`),
      waarden: apiUrl(base, "/waarden", { gebied: area.code }),
      ...(kind === "buurt" && area.parentCode ? { wijk: apiUrl(base, `/wijken/${area.parentCode}`) } : {}),
      ...(kind === "wijk" ? { buurten: apiUrl(base, "/buurten", { wijk: area.code }) } : {}),
    },
  };
}

async function areasOf(kind: AreaKind): Promise<{ areas: AreaWithGeometry[]; gemeenteCode: string }> {
  const { gemeenteCode, areaYear } = getMunicipalityConfig();
  const division = await getAreaDivision(await getPrisma(), gemeenteCode, areaYear);
  const wijken = division?.wijken ?? [];
  const areas = kind === "wijk" ? wijken : wijken.flatMap((wijk) => wijk.buurten);
  return { areas: [...areas].sort((a, b) => a.code.localeCompare(b.code)), gemeenteCode };
}

/** GET /buurten and /wijken: the division's areas as GeoJSON, filtered by bbox (and wijk). */
export async function listAreas(context: ApiContext<unknown>, kind: AreaKind): Promise<Response> {
  const query = parseApiQuery(
    context.url.searchParams,
    {
      ...paginationParams,
      bbox: bboxParam.optional(),
      ...(kind === "buurt" ? { wijk: codeParam(AREA_CODE.wijk).optional() } : {}),
    },
    context.reason,
  );
  const wijk = (query as { wijk?: string }).wijk;
  // The outlines are the heavy part: a partner's repeated fetch is answered from the version alone.
  return dataResponse(context.request, {
    version: await getDataVersion(await getPrisma()),
    format: "geojson",
    build: async () => {
      const { areas, gemeenteCode } = await areasOf(kind);
      const matching = areas.filter(
        (area) => (!query.bbox || geometryMeetsBbox(area.geometry, query.bbox)) && (!wijk || area.parentCode === wijk),
      );
      const page = paginate(matching, context.url, query.pagina, query.paginaGrootte);
      const body: AreaCollectionBody = {
        type: "FeatureCollection",
        features: page.items.map((area) => toFeature(area, kind, gemeenteCode, context.url)),
        _links: page.links,
      };
      return { body, headers: pageHeaders(page) };
    },
  });
}

/** GET /buurten/{code} and /wijken/{code}: one area, or a problem naming the code. */
export async function getArea(context: ApiContext<{ code: string }>, kind: AreaKind): Promise<Response> {
  parseApiQuery(context.url.searchParams, {}, context.reason);
  const code = z.string().toUpperCase().regex(AREA_CODE[kind]).safeParse(context.params.code);
  if (!code.success) throw new ApiProblem(404, "notFound", { code: context.params.code.slice(0, 40) });
  const [{ areas, gemeenteCode }, version] = await Promise.all([areasOf(kind), getDataVersion(await getPrisma())]);
  const area = areas.find((candidate) => candidate.code === code.data);
  if (!area) throw new ApiProblem(404, "notFound", { code: code.data });
  return dataResponse(context.request, {
    version,
    format: "geojson",
    build: () => ({ body: toFeature(area, kind, gemeenteCode, context.url) }),
  });
}
