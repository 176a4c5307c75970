import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChoroplethView } from "@/components/choropleth/choropleth-view.tsx";
import { MapViewsNavFor } from "@/components/choropleth/map-views-nav-for.tsx";
import { DownloadLinks } from "@/components/downloads/download-links.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { basemapOf } from "@/lib/maps/basemap-of.ts";
import { parseMapQuery } from "@/lib/maps/map-query.ts";
import { loadMapPage } from "@/lib/pages/load-map-page.ts";
import { routes } from "@/lib/routes.ts";
import { shareMetadata } from "@/lib/share/share-metadata.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function loadFor(searchParams: PageProps["searchParams"]) {
  const query = parseMapQuery(await searchParams);
  if (!query) return null;
  return { query, result: await loadMapPage({ indicator: query.indicator, year: query.jaar }) };
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale });
  const loaded = await loadFor(searchParams);
  const gemeente = getMunicipalityConfig().name;
  if (loaded?.result.kind !== "map") return { title: t("map.heading", { gemeente }) };
  const { indicator, year } = loaded.result.data;
  const language = locale === "en" ? "en" : "nl";
  const name = indicator.name[language];
  // The page's own address keeps the choice as asked; the card names the resolved one, so
  // its URL changes when the default does.
  const asked = { indicator: loaded.query.indicator, jaar: loaded.query.jaar };
  return shareMetadata({
    locale: language,
    title: t("metadata.mapTitle", { indicator: name, gemeente }),
    description: t("metadata.mapDescription", { indicator: name, gemeente, year }),
    siteName: t("share.siteName", { gemeente }),
    paths: { nl: routes.map("nl", asked), en: routes.map("en", asked) },
    image: { path: routes.mapCard(locale, { indicator: indicator.code, jaar: year }), alt: t("share.mapImageAlt", { indicator: name, gemeente, year }) },
  });
}

export default async function MapPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const loaded = await loadFor(searchParams);
  if (!loaded || loaded.result.kind === "unknown-choice") notFound();
  const [t, tDownload] = await Promise.all([
    getTranslations({ locale, namespace: "map" }),
    getTranslations({ locale, namespace: "download.links" }),
  ]);
  const gemeente = getMunicipalityConfig().name;
  const language = locale === "en" ? "en" : "nl";
  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading", { gemeente })}</h1>
      <MapViewsNavFor locale={locale} current="indicator" />
      {loaded.result.kind === "no-release" ? (
        <p className="utrecht-paragraph">{t("noRelease")}</p>
      ) : (
        <>
          {loaded.result.data.isDemo && <DemoNotice topic="release" />}
          <ChoroplethView locale={language} data={loaded.result.data} query={loaded.query} path={routes.map(locale)} intro={t("intro")} basemap={basemapOf(getMunicipalityConfig())} />
          <DownloadLinks
            intro={tDownload("intro")}
            links={downloadLinks(locale, loaded.result.data, (format) => tDownload(format))}
          />
        </>
      )}
    </>
  );
}

/** The shown indicator and year as a CSV and a GeoJSON file. */
function downloadLinks(locale: string, data: { indicator: { code: string }; year: number }, label: (format: "csv" | "geojson") => string) {
  const types = { csv: "text/csv", geojson: "application/geo+json" } as const;
  return (["csv", "geojson"] as const).map((format) => ({
    href: routes.download(locale, { indicator: data.indicator.code, jaar: data.year, formaat: format }),
    label: label(format),
    type: types[format],
  }));
}
