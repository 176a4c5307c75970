import "server-only";
import { getDataVersion } from "../../cache/data-version.ts";
import { getPrisma } from "../../db/get-prisma.ts";
import { getCatalogue, type StoredCatalogue } from "../../indicators/get-catalogue.ts";
import { getCurrentRelease } from "../../releases/get-current-release.ts";
import { getReleaseContents } from "../../releases/get-release-contents.ts";
import { ApiProblem } from "../api-problem.ts";
import { paginationParams, parseApiQuery } from "../api-query.ts";
import type { ApiContext } from "../api-route.ts";
import { apiUrl } from "../api-url.ts";
import { dataResponse } from "../data-response.ts";
import { pageHeaders, paginate } from "../paginate.ts";
import type { IndicatorBody, IndicatorCollectionBody } from "../schemas/indicators.ts";

/** The indicators of the current release with the years it holds; the catalogue's others stay unnamed. */
async function releasedIndicators(base: URL): Promise<{ version: number; indicators: IndicatorBody[] }> {
  const prisma = await getPrisma();
  const [release, version] = await Promise.all([getCurrentRelease(prisma), getDataVersion(prisma)]);
  if (!release) throw new ApiProblem(404, "noRelease");
  const [contents, catalogue] = await Promise.all([getReleaseContents(prisma, release.id), getCatalogue(prisma)]);
  const themes = new Map(catalogue.themes.map((theme) => [theme.code, theme]));
  const indicators = catalogue.indicators
    .filter((indicator) => contents.has(indicator.code))
    .map((indicator) => toIndicator(indicator, themes, contents.get(indicator.code)!, base));
  return { version, indicators };
}

function toIndicator(
  indicator: StoredCatalogue["indicators"][number],
  themes: Map<string, StoredCatalogue["themes"][number]>,
  years: number[],
  base: URL,
): IndicatorBody {
  const theme = themes.get(indicator.themeCode);
  return {
    code: indicator.code,
    naam: { nl: indicator.nameNl, en: indicator.nameEn },
    definitie: { nl: indicator.definitionNl, en: indicator.definitionEn },
    bron: { nl: indicator.sourceNl, en: indicator.sourceEn },
    thema: { code: indicator.themeCode, naam: { nl: theme?.nameNl ?? indicator.themeCode, en: theme?.nameEn ?? indicator.themeCode } },
    basispopulatie: { code: indicator.baseCode, naam: { nl: indicator.base.nameNl, en: indicator.base.nameEn } },
    schaal: indicator.rateScale,
    hogerIsSlechter: indicator.higherIsWorse,
    niveaus: indicator.levels.map((level) => level.toLowerCase() as IndicatorBody["niveaus"][number]),
    categorieen: indicator.categories.map((category) => ({ code: category.code, naam: { nl: category.nameNl, en: category.nameEn } })),
    jaren: years,
    _links: {
      self: apiUrl(base, `/indicatoren/${indicator.code}`),
      waarden: apiUrl(base, "/waarden", { indicator: indicator.code }),
    },
  };
}

/** GET /indicatoren */
export async function listIndicators(context: ApiContext<unknown>): Promise<Response> {
  const query = parseApiQuery(context.url.searchParams, paginationParams, context.reason);
  const { version, indicators } = await releasedIndicators(context.url);
  return dataResponse(context.request, {
    version,
    format: "json",
    build: () => {
      const page = paginate(indicators, context.url, query.pagina, query.paginaGrootte);
      const body: IndicatorCollectionBody = { indicatoren: page.items, _links: page.links };
      return { body, headers: pageHeaders(page) };
    },
  });
}

/** GET /indicatoren/{code}: only an indicator the current release holds. */
export async function getIndicator(context: ApiContext<{ code: string }>): Promise<Response> {
  parseApiQuery(context.url.searchParams, {}, context.reason);
  const { version, indicators } = await releasedIndicators(context.url);
  const indicator = indicators.find((candidate) => candidate.code === context.params.code);
  if (!indicator) throw new ApiProblem(404, "notFound", { code: context.params.code.slice(0, 40) });
  return dataResponse(context.request, { version, format: "json", build: () => ({ body: indicator }) });
}
