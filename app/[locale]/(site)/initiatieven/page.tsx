import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InitiativesFilterForm } from "@/components/initiatives/initiatives-filter-form.tsx";
import { InitiativesView } from "@/components/initiatives/initiatives-view.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { initiativesFilter, parseInitiativesQuery } from "@/lib/initiatives/initiatives-query.ts";
import { loadDivisionShapes } from "@/lib/pages/load-division-shapes.ts";
import { loadPublicInitiatives } from "@/lib/pages/load-public-initiatives.ts";
import { routes } from "@/lib/routes.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "initiatives" });
  const gemeente = getMunicipalityConfig().name;
  return { title: t("metaTitle", { gemeente }), description: t("metaDescription", { gemeente }) };
}

export default async function InitiativesPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseInitiativesQuery(await searchParams);
  if (!query) notFound();
  const lang = locale === "en" ? "en" : "nl";
  const [t, shapes, all] = await Promise.all([getTranslations({ locale, namespace: "initiatives" }), loadDivisionShapes(), loadPublicInitiatives()]);
  const gemeente = getMunicipalityConfig().name;
  const filter = initiativesFilter(query);
  const chosen = all.filter(
    (initiative) =>
      (!filter.buurtCode || initiative.buurtCode === filter.buurtCode) &&
      (!filter.category || initiative.category === filter.category) &&
      (!filter.status || initiative.status === filter.status),
  );
  const filtered = Boolean(filter.buurtCode || filter.category || filter.status);
  const wijken = new Map<string, { name: string; buurten: { code: string; name: string }[] }>();
  for (const buurt of shapes?.buurten ?? []) {
    const wijk = wijken.get(buurt.wijkCode) ?? { name: buurt.wijkName, buurten: [] };
    wijk.buurten.push({ code: buurt.code, name: buurt.name });
    wijken.set(buurt.wijkCode, wijk);
  }

  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading", { gemeente })}</h1>
      <p className="utrecht-paragraph">{t("intro")}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={routes.newInitiative(locale)}>
          {t("submitLink")}
        </a>
      </p>
      {all.some((initiative) => initiative.isDemo) ? <DemoNotice topic="initiatives" /> : null}
      {all.length === 0 ? (
        <p className="utrecht-paragraph">{t("noneYet")}</p>
      ) : (
        <>
          <InitiativesFilterForm locale={lang} action={routes.initiatives(locale)} wijken={[...wijken.values()]} query={query} />
          <h2 className="utrecht-heading-2" id="resultaat">
            {t("resultCount", { count: chosen.length })}
          </h2>
          {filtered ? (
            <p className="utrecht-paragraph">
              <a className="utrecht-link" href={routes.initiatives(locale)}>
                {t("resetFilter")}
              </a>
            </p>
          ) : null}
          <InitiativesView locale={lang} gemeente={gemeente} shapes={shapes} initiatives={chosen} query={query} />
        </>
      )}
    </>
  );
}
