import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FacilityViewsNav } from "@/components/facilities/facility-views-nav.tsx";
import { NeedReachView } from "@/components/facilities/need-reach-view.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { parseNeedReachQuery } from "@/lib/facilities/need-reach-query.ts";
import { loadNeedReachPage } from "@/lib/pages/load-need-reach-page.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  const gemeente = getMunicipalityConfig().name;
  return { title: t("needReachTitle", { gemeente }), description: t("needReachDescription", { gemeente }) };
}

export default async function NeedReachPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseNeedReachQuery(await searchParams);
  if (!query) notFound();
  const result = await loadNeedReachPage({ need: query.behoefte, type: query.soort, year: query.jaar });
  if (result.kind === "unknown-choice") notFound();
  const [t, tMap] = await Promise.all([getTranslations({ locale, namespace: "needReach" }), getTranslations({ locale, namespace: "map" })]);
  const gemeente = getMunicipalityConfig().name;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading", { gemeente })}</h1>
      <FacilityViewsNav locale={locale} current="need-reach" />
      {result.kind === "no-release" ? (
        <p className="utrecht-paragraph">{tMap("noRelease")}</p>
      ) : (
        <>
          {result.data.grid.isDemo && <DemoNotice topic="release" />}
          {result.data.isDemoFacilities && <DemoNotice topic="facilities" />}
          <NeedReachView locale={locale === "en" ? "en" : "nl"} data={result.data} query={query} />
        </>
      )}
    </>
  );
}
