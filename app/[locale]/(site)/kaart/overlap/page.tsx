import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MapViewsNavFor } from "@/components/choropleth/map-views-nav-for.tsx";
import { OverlapView } from "@/components/overlap/overlap-view.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { parseOverlapQuery } from "@/lib/maps/overlap-query.ts";
import { loadOverlapPage } from "@/lib/pages/load-overlap-page.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function loadFor(searchParams: PageProps["searchParams"]) {
  const query = parseOverlapQuery(await searchParams);
  if (!query) return null;
  return { query, result: await loadOverlapPage({ first: query.eerste, second: query.tweede, year: query.jaar }) };
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const language = locale === "en" ? "en" : "nl";
  const [t, tOverlap] = await Promise.all([getTranslations({ locale, namespace: "metadata" }), getTranslations({ locale, namespace: "overlap" })]);
  const gemeente = getMunicipalityConfig().name;
  const loaded = await loadFor(searchParams);
  if (loaded?.result.kind !== "overlap") return { title: tOverlap("heading", { gemeente }) };
  const { first, second, grid } = loaded.result.data;
  const names = { first: first.name[language], second: second.name[language], gemeente };
  return { title: t("overlapTitle", names), description: t("overlapDescription", { ...names, year: grid.year }) };
}

export default async function OverlapPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const loaded = await loadFor(searchParams);
  if (!loaded || loaded.result.kind === "unknown-choice") notFound();
  const [t, tMap] = await Promise.all([getTranslations({ locale, namespace: "overlap" }), getTranslations({ locale, namespace: "map" })]);
  const gemeente = getMunicipalityConfig().name;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading", { gemeente })}</h1>
      <MapViewsNavFor locale={locale} current="overlap" />
      {loaded.result.kind === "no-release" ? (
        <p className="utrecht-paragraph">{tMap("noRelease")}</p>
      ) : (
        <>
          {loaded.result.data.grid.isDemo && <DemoNotice topic="release" />}
          <OverlapView locale={locale === "en" ? "en" : "nl"} data={loaded.result.data} query={loaded.query} />
        </>
      )}
    </>
  );
}
