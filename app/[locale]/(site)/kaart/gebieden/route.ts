import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing.ts";
import { getAreaDivision } from "@/lib/areas/get-area-division.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { getPrisma } from "@/lib/db/get-prisma.ts";
import { mapAreaLabel } from "@/lib/maps/map-area-label.ts";
import { parseMapQuery } from "@/lib/maps/map-query.ts";
import { toMapFeatures } from "@/lib/maps/to-map-features.ts";
import { loadMapPage } from "@/lib/pages/load-map-page.ts";
import { routes } from "@/lib/routes.ts";

// The interactive map's GeoJSON: exactly what the SVG map of the same URL shows (classes,
// sentences, links), from the current protected release. Nothing else is in it.

function problem(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "cache-control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return problem(404, "unknown language");
  const t = await getTranslations({ locale });
  const query = parseMapQuery(Object.fromEntries(new URL(request.url).searchParams));
  if (!query) return problem(400, t("map.badQuery"));
  const result = await loadMapPage({ indicator: query.indicator, year: query.jaar });
  if (result.kind === "unknown-choice") return problem(404, t("map.badQuery"));
  if (result.kind === "no-release") return problem(404, t("map.noRelease"));
  const { data } = result;
  const config = getMunicipalityConfig();
  const division = (await getAreaDivision(await getPrisma(), config.gemeenteCode, config.areaYear))!;
  const geometryOf = new Map(division.wijken.flatMap((wijk) => wijk.buurten.map((buurt) => [buurt.code, buurt.geometry] as const)));
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const features = toMapFeatures(
    data.buurten.map((buurt) => ({
      code: buurt.code,
      geometry: geometryOf.get(buurt.code)!,
      label: mapAreaLabel(buurt, { rateScale: data.indicator.rateScale, year: data.year }, locale, tr),
      href: routes.buurt(locale, buurt.code),
      mapClass: buurt.mapClass,
    })),
    division.wijken.map((wijk) => ({ code: wijk.code, geometry: wijk.geometry })),
  );
  return Response.json(features, { headers: { "cache-control": "public, max-age=300" } });
}
