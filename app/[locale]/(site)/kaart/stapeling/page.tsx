import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MapViewsNavFor } from "@/components/choropleth/map-views-nav-for.tsx";
import { StackingView } from "@/components/stacking/stacking-view.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { parseStackingQuery } from "@/lib/maps/stacking-query.ts";
import { loadStackingPage } from "@/lib/pages/load-stacking-page.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function loadFor(searchParams: PageProps["searchParams"]) {
  const query = parseStackingQuery(await searchParams);
  if (!query) return null;
  return { query, result: await loadStackingPage(query.jaar) };
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  const gemeente = getMunicipalityConfig().name;
  const loaded = await loadFor(searchParams);
  const year = loaded?.result.kind === "stacking" ? loaded.result.data.grid.year : undefined;
  return {
    title: t("stackingTitle", { gemeente }),
    ...(year ? { description: t("stackingDescription", { gemeente, year }) } : {}),
  };
}

export default async function StackingPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const loaded = await loadFor(searchParams);
  if (!loaded || loaded.result.kind === "unknown-year") notFound();
  const [t, tMap] = await Promise.all([getTranslations({ locale, namespace: "stacking" }), getTranslations({ locale, namespace: "map" })]);
  const gemeente = getMunicipalityConfig().name;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading", { gemeente })}</h1>
      <MapViewsNavFor locale={locale} current="stacking" />
      {loaded.result.kind === "no-release" ? (
        <p className="utrecht-paragraph">{tMap("noRelease")}</p>
      ) : (
        <>
          {loaded.result.data.grid.isDemo && <DemoNotice topic="release" />}
          <StackingView locale={locale === "en" ? "en" : "nl"} data={loaded.result.data} query={loaded.query} />
        </>
      )}
    </>
  );
}
