import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BuurtenByWijk } from "@/components/area-list/buurten-by-wijk.tsx";
import { AreaMap } from "@/components/area-map/area-map.tsx";
import { ChoroplethView } from "@/components/choropleth/choropleth-view.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { loadHomePage } from "@/lib/pages/load-home-page.ts";
import { loadMapPage } from "@/lib/pages/load-map-page.ts";
import { basemapOf } from "@/lib/maps/basemap-of.ts";
import { routes } from "@/lib/routes.ts";
import { shareMetadata } from "@/lib/share/share-metadata.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const [t, division, map] = await Promise.all([getTranslations({ locale }), loadHomePage(), loadMapPage({})]);
  const gemeente = getMunicipalityConfig().name;
  const buurten = division?.wijken.reduce((sum, wijk) => sum + wijk.buurten.length, 0) ?? 0;
  const title = t("metadata.homeTitle", { gemeente });
  const description = t("metadata.homeDescription", { gemeente, buurten });
  // The first picture of the home page is the default indicator map: so is its card.
  if (map.kind !== "map") return { title, description };
  const { indicator, year } = map.data;
  const language = locale === "en" ? "en" : "nl";
  return shareMetadata({
    locale: language,
    title,
    description,
    siteName: t("share.siteName", { gemeente }),
    paths: { nl: routes.home("nl"), en: routes.home("en") },
    image: {
      path: routes.mapCard(locale, { indicator: indicator.code, jaar: year }),
      alt: t("share.homeImageAlt", { indicator: indicator.name[language], gemeente, year }),
    },
  });
}

export default async function HomePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, division, map] = await Promise.all([getTranslations({ locale, namespace: "home" }), loadHomePage(), loadMapPage({})]);
  const gemeente = getMunicipalityConfig().name;

  if (!division) {
    return (
      <>
        <h1 className="utrecht-heading-1">{t("heading", { gemeente })}</h1>
        <p className="utrecht-paragraph">{t("empty")}</p>
        <p className="utrecht-paragraph">{t("emptyHelp")}</p>
      </>
    );
  }

  const buurten = division.wijken.flatMap((wijk) => wijk.buurten.map((buurt) => ({ buurt, wijk })));
  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading", { gemeente })}</h1>
      <p className="utrecht-paragraph">
        {t("intro", { buurten: buurten.length, wijken: division.wijken.length, year: division.year })}
      </p>
      {map.kind === "map" ? (
        // The first picture is a need on the map; the picker and the table lead on to /kaart.
        <>
          {map.data.isDemo && <DemoNotice topic="release" />}
          <ChoroplethView locale={locale === "en" ? "en" : "nl"} data={map.data} query={{}} path={routes.map(locale)} basemap={basemapOf(getMunicipalityConfig())} />
        </>
      ) : (
        <AreaMap
          idPrefix="gemeente-map"
          title={t("mapTitle", { gemeente })}
          description={t("mapDescription")}
          viewBox={division.viewBox}
          shapes={buurten.map(({ buurt, wijk }) => ({
            code: buurt.code,
            label: `${buurt.name}, ${t("wijkHeading", { wijk: wijk.name })}`,
            d: buurt.d,
            href: routes.buurt(locale, buurt.code),
          }))}
          outlines={division.wijken.map((wijk) => ({ code: wijk.code, d: wijk.outline }))}
        />
      )}
      <h2 className="utrecht-heading-2" id="buurten-lijst">
        {t("listHeading")}
      </h2>
      <BuurtenByWijk
        wijken={division.wijken.map((wijk) => ({
          code: wijk.code,
          heading: t("wijkHeading", { wijk: wijk.name }),
          count: t("buurtCount", { count: wijk.buurten.length }),
          buurten: wijk.buurten.map((buurt) => ({
            code: buurt.code,
            name: buurt.name,
            href: routes.buurt(locale, buurt.code),
          })),
        }))}
      />
    </>
  );
}
