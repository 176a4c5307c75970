import "server-only";
import { z } from "zod";
import { areaLevelOf } from "../../areas/area-code.ts";
import { getAreaDivision } from "../../areas/get-area-division.ts";
import { getDataVersion } from "../../cache/data-version.ts";
import { getMunicipalityConfig } from "../../config/load-municipality-config.ts";
import { getPrisma } from "../../db/get-prisma.ts";
import { getCatalogue } from "../../indicators/get-catalogue.ts";
import { getCurrentRelease } from "../../releases/get-current-release.ts";
import { getReleaseContents } from "../../releases/get-release-contents.ts";
import { listReleasedValues } from "../../releases/list-released-values.ts";
import { ApiProblem } from "../api-problem.ts";
import { codeParam, intParam, paginationParams, parseApiQuery } from "../api-query.ts";
import type { ApiContext } from "../api-route.ts";
import { dataResponse } from "../data-response.ts";
import { pageHeaders, paginate } from "../paginate.ts";
import type { ValueCollectionBody } from "../schemas/values.ts";
import { toValue } from "../to-value.ts";

const LEVELS = ["gemeente", "wijk", "buurt"] as const;

/** GET /waarden: the current release's cells, filtered; every filter must name something the release has. */
export async function listValues(context: ApiContext<unknown>): Promise<Response> {
  const query = parseApiQuery(
    context.url.searchParams,
    {
      ...paginationParams,
      indicator: codeParam(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/).optional(),
      jaar: intParam(1900, 2999).optional(),
      gebied: z.string().max(16).toUpperCase().regex(/^(GM\d{4}|WK\d{6}|BU\d{8})$/, { message: "badCode" }).optional(),
      niveau: z.enum(LEVELS).optional(),
      categorie: codeParam(/^[a-z0-9+]+(?:-[a-z0-9+]+)*$/).optional(),
    },
    context.reason,
  );
  const prisma = await getPrisma();
  const [release, version] = await Promise.all([getCurrentRelease(prisma), getDataVersion(prisma)]);
  if (!release) throw new ApiProblem(404, "noRelease");
  const { gemeenteCode, areaYear } = getMunicipalityConfig();
  const [contents, catalogue, division] = await Promise.all([
    getReleaseContents(prisma, release.id),
    getCatalogue(prisma),
    getAreaDivision(prisma, gemeenteCode, areaYear),
  ]);
  const unknown = (name: string) => new ApiProblem(400, "badQuery", {}, [{ name, reason: context.reason("notInRelease") }]);
  if (query.indicator && !contents.has(query.indicator)) throw unknown("indicator");
  if (query.jaar && !release.years.includes(query.jaar)) throw unknown("jaar");
  const areaCodes = [
    ...(division ? [division.gemeente.code] : []),
    ...(division?.wijken ?? []).flatMap((wijk) => [wijk.code, ...wijk.buurten.map((buurt) => buurt.code)]),
  ];
  if (query.gebied && !areaCodes.includes(query.gebied)) throw unknown("gebied");
  const scaleOf = new Map(catalogue.indicators.map((indicator) => [indicator.code, indicator.rateScale]));

  return dataResponse(context.request, {
    version,
    format: "json",
    build: async () => {
      const wanted = areaCodes.filter(
        (code) => (!query.gebied || code === query.gebied) && (!query.niveau || areaLevelOf(code)?.toLowerCase() === query.niveau),
      );
      const values = await listReleasedValues(prisma, release.id, {
        indicatorCode: query.indicator,
        year: query.jaar,
        areaCodes: wanted,
        category: query.categorie,
      });
      const page = paginate(values, context.url, query.pagina, query.paginaGrootte);
      const body: ValueCollectionBody = {
        release: { id: release.id, gepubliceerdOp: release.createdAt.toISOString(), demo: release.isDemo },
        waarden: page.items.map((value) => toValue(value, scaleOf.get(value.indicatorCode) ?? 100)),
        _links: page.links,
      };
      return { body, headers: pageHeaders(page) };
    },
  });
}
