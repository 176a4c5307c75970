import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FacilitiesView } from "@/components/facilities/facilities-view.tsx";
import { FacilityViewsNav } from "@/components/facilities/facility-views-nav.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { parseFacilitiesQuery } from "@/lib/facilities/facilities-query.ts";
import { loadFacilitiesPage } from "@/lib/pages/load-facilities-page.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  const gemeente = getMunicipalityConfig().name;
  return { title: t("facilitiesTitle", { gemeente }), description: t("facilitiesDescription", { gemeente }) };
}

export default async function FacilitiesPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseFacilitiesQuery(await searchParams);
  if (!query) notFound();
  const result = await loadFacilitiesPage(query.soort ?? "huisarts");
  const t = await getTranslations({ locale, namespace: "facilities" });
  const gemeente = getMunicipalityConfig().name;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading", { gemeente })}</h1>
      <FacilityViewsNav locale={locale} current="facilities" />
      {result.kind !== "facilities" ? (
        <p className="utrecht-paragraph">{t("noFacilities")}</p>
      ) : (
        <>
          {result.data.isDemo && <DemoNotice topic="facilities" />}
          <FacilitiesView locale={locale === "en" ? "en" : "nl"} data={result.data} query={query} />
        </>
      )}
    </>
  );
}
