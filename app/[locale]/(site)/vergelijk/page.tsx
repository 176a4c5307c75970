import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompareView } from "@/components/compare/compare-view.tsx";
import { parseCompareQuery } from "@/lib/compare/compare-query.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { loadComparePage } from "@/lib/pages/load-compare-page.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function loadFor(searchParams: PageProps["searchParams"]) {
  const query = parseCompareQuery(await searchParams);
  if (!query) return null;
  return { query, result: await loadComparePage(query.buurt) };
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  const gemeente = getMunicipalityConfig().name;
  const loaded = await loadFor(searchParams);
  const chosen = loaded?.result.kind === "compare" ? loaded.result.data.chosen : [];
  const buurten = new Intl.ListFormat(locale, { type: "conjunction" }).format(chosen.map((buurt) => buurt.name));
  return {
    title: chosen.length >= 2 ? t("compareTitleWith", { buurten }) : t("compareTitle", { gemeente }),
    description: t("compareDescription", { gemeente }),
  };
}

export default async function ComparePage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const loaded = await loadFor(searchParams);
  // The proxy has already sent unknown buurten to the not-found page; this is the last guard.
  if (!loaded || (loaded.result.kind === "compare" && loaded.result.data.chosen.length !== loaded.query.buurt.length)) notFound();
  const t = await getTranslations({ locale, namespace: "compare" });
  const gemeente = getMunicipalityConfig().name;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading")}</h1>
      <p className="utrecht-paragraph">{t("intro", { gemeente })}</p>
      {loaded.result.kind === "no-release" ? (
        <p className="utrecht-paragraph">{t("noRelease")}</p>
      ) : (
        <>
          {loaded.result.data.grid.isDemo && <DemoNotice topic="release" />}
          <CompareView locale={locale === "en" ? "en" : "nl"} data={loaded.result.data} />
        </>
      )}
    </>
  );
}
