import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedBuilderForm, fieldAnchor } from "@/components/embed/embed-builder-form.tsx";
import { EmbedProblems } from "@/components/embed/embed-problems.tsx";
import { EmbedSnippet } from "@/components/embed/embed-snippet.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { type EmbedChoice, FRAME_SIZE, readEmbedForm } from "@/lib/embed/embed-query.ts";
import { iframeSnippet } from "@/lib/embed/iframe-snippet.ts";
import { formattingLocale } from "@/lib/i18n/formatting-locale.ts";
import { type MapPageData, loadMapPage } from "@/lib/pages/load-map-page.ts";
import { routes } from "@/lib/routes.ts";
import { siteOrigin } from "@/lib/share/site-origin.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  return { title: t("embedTitle"), description: t("embedDescription", { gemeente: getMunicipalityConfig().name }) };
}

/** The widget's address on this site and the name its frame gets on a partner's page. */
function widgetOf(choice: EmbedChoice, data: MapPageData, locale: string, t: Awaited<ReturnType<typeof getTranslations<"embed.builder">>>) {
  const language = locale === "en" ? "en" : "nl";
  const gemeente = getMunicipalityConfig().name;
  if (choice.kind === "buurt") {
    const buurt = data.buurten.find((candidate) => candidate.code === choice.buurt)!;
    return { path: routes.embedBuurt(locale, choice.buurt), title: t("frameTitleBuurt", { buurt: buurt.name, gemeente }) };
  }
  const indicator = data.themes.flatMap((theme) => theme.indicators).find((candidate) => candidate.code === choice.indicator)!;
  const name = indicator.name[language];
  return {
    path: routes.embedMap(locale, { indicator: choice.indicator, jaar: choice.jaar }),
    title:
      choice.jaar === undefined
        ? t("frameTitleMapNewest", { indicator: name, gemeente })
        : t("frameTitleMap", { indicator: name, year: choice.jaar, gemeente }),
  };
}

export default async function EmbedBuilderPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: "embed.builder" }), loadMapPage({})]);
  const config = getMunicipalityConfig();
  const language = locale === "en" ? "en" : "nl";
  const intro = (
    <>
      <h1 className="utrecht-heading-1">{t("heading")}</h1>
      <p className="utrecht-paragraph">{t("intro")}</p>
    </>
  );
  if (result.kind !== "map") {
    return (
      <>
        {intro}
        <p className="utrecht-paragraph">{t("noRelease")}</p>
      </>
    );
  }

  const { data } = result;
  const indicators = data.themes.flatMap((theme) => theme.indicators.map((indicator) => indicator.code));
  const buurten = [...data.buurten].sort((a, b) => a.wijkName.localeCompare(b.wijkName, locale) || a.name.localeCompare(b.name, locale));
  const form = readEmbedForm(await searchParams, { indicators, defaultIndicator: data.indicator.code, years: data.years, buurten: buurten.map((buurt) => buurt.code) });
  const problems = new Set(form.problems);
  const { choice } = form;
  const widget = choice ? widgetOf(choice, data, locale, t) : null;
  const origin = await siteOrigin();
  const origins = config.embed.allowedOrigins;

  return (
    <>
      {intro}
      {data.isDemo && <DemoNotice topic="release" />}
      {problems.size > 0 ? (
        <EmbedProblems
          heading={t("problemsHeading")}
          problems={[...problems].map((field) => ({ href: fieldAnchor(field), text: t(`problems.${field}`, { min: FRAME_SIZE.min, max: FRAME_SIZE.max }) }))}
        />
      ) : null}
      <h2 className="utrecht-heading-2">{t("formHeading")}</h2>
      <EmbedBuilderForm
        action={routes.embedBuilder(locale)}
        labels={{
          heading: t("formHeading"),
          kindLegend: t("kindLegend"),
          kindMap: t("kindMap"),
          kindBuurt: t("kindBuurt"),
          indicator: t("indicatorLabel"),
          year: t("yearLabel"),
          yearNewest: t("yearNewest"),
          buurt: t("buurtLabel"),
          width: t("widthLabel"),
          height: t("heightLabel"),
          sizeHint: t("sizeHint", { min: FRAME_SIZE.min, max: FRAME_SIZE.max }),
          submit: t("submit"),
        }}
        values={{
          ...form.query,
          indicator: !problems.has("indicator") && form.query.indicator ? form.query.indicator : data.indicator.code,
          jaar: problems.has("jaar") ? undefined : form.query.jaar,
          buurt: !problems.has("buurt") && form.query.buurt ? form.query.buurt : buurten[0]!.code,
        }}
        indicators={data.themes.map((theme) => ({
          label: theme.name[language],
          options: theme.indicators.map((indicator) => ({ value: indicator.code, label: indicator.name[language] })),
        }))}
        years={[...data.years].sort((a, b) => b - a)}
        buurten={[...new Set(buurten.map((buurt) => buurt.wijkName))].map((wijk) => ({
          label: wijk,
          options: buurten.filter((buurt) => buurt.wijkName === wijk).map((buurt) => ({ value: buurt.code, label: buurt.name })),
        }))}
        size={FRAME_SIZE}
        problems={problems}
      />
      {widget && choice ? (
        <>
          <h2 className="utrecht-heading-2">{t("snippetHeading")}</h2>
          <EmbedSnippet
            label={t("snippetLabel")}
            snippet={iframeSnippet({ src: new URL(widget.path, origin).href, title: widget.title, width: choice.breedte, height: choice.hoogte })}
            note={
              origins.length > 0
                ? t("allowedOrigins", { gemeente: config.name, origins: new Intl.ListFormat(formattingLocale(locale), { type: "conjunction" }).format(origins) })
                : t("noAllowedOrigins", { gemeente: config.name })
            }
          />
          {/* Last on the page: a frame is a document of its own, tested as such (e2e/embeds.spec.ts). */}
          <h2 className="utrecht-heading-2">{t("previewHeading")}</h2>
          <iframe
            src={widget.path}
            title={widget.title}
            width={choice.breedte}
            height={choice.hoogte}
            className="buurtbeeld-embed-builder__preview"
          />
        </>
      ) : null}
    </>
  );
}
