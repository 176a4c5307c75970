import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedFooter } from "@/components/embed/embed-footer.tsx";
import { EmbedMapView } from "@/components/embed/embed-map-view.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { parseWidgetMapQuery } from "@/lib/embed/widget-map-query.ts";
import { loadMapPage } from "@/lib/pages/load-map-page.ts";
import { routes } from "@/lib/routes.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The same loader as /kaart: the widget shows the current release's values and classes, no others.
async function loadFor(searchParams: PageProps["searchParams"]) {
  const query = parseWidgetMapQuery(await searchParams);
  if (!query) return null;
  return { query, result: await loadMapPage({ indicator: query.indicator, year: query.jaar }) };
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale });
  const loaded = await loadFor(searchParams);
  if (loaded?.result.kind !== "map") return { title: t("embed.noReleaseHeading", { gemeente: getMunicipalityConfig().name }) };
  const { indicator, year } = loaded.result.data;
  return { title: t("metadata.mapWidgetTitle", { indicator: indicator.name[locale === "en" ? "en" : "nl"], year }) };
}

export default async function EmbedMapPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const loaded = await loadFor(searchParams);
  // The proxy answers a bad or unknown choice before rendering; this is the fallback.
  if (!loaded || loaded.result.kind === "unknown-choice") notFound();
  const t = await getTranslations({ locale });
  const gemeente = getMunicipalityConfig().name;
  const language = locale === "en" ? "en" : "nl";
  const { query, result } = loaded;

  if (result.kind === "no-release") {
    return (
      <>
        <main id="inhoud" className="buurtbeeld-embed">
          <h1 className="utrecht-heading-1">{t("embed.noReleaseHeading", { gemeente })}</h1>
          <p className="utrecht-paragraph">{t("map.noRelease")}</p>
        </main>
        <EmbedFooter sourceHref={routes.map(locale)} gemeenteName={gemeente} isDemo={false} />
      </>
    );
  }
  const asked = { indicator: query.indicator, jaar: query.jaar };
  return (
    <>
      <main id="inhoud" className="buurtbeeld-embed">
        <EmbedMapView
          locale={language}
          data={result.data}
          view={query.weergave ?? "kaart"}
          viewHrefs={{ kaart: routes.embedMap(locale, asked), tabel: routes.embedMap(locale, { ...asked, weergave: "tabel" }) }}
        />
      </main>
      <EmbedFooter
        sourceHref={routes.map(locale, { indicator: result.data.indicator.code, jaar: result.data.year })}
        gemeenteName={gemeente}
        isDemo={result.data.isDemo}
      />
    </>
  );
}
