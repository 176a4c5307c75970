import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
} from "@utrecht/component-library-react";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AreaMap } from "@/components/area-map/area-map.tsx";
import { SimilarBuurtenList } from "@/components/compare/similar-buurten-list.tsx";
import { Breadcrumb } from "@/components/layout/breadcrumb.tsx";
import { DownloadForm } from "@/components/downloads/download-form.tsx";
import { BuurtReachTable } from "@/components/facilities/buurt-reach-table.tsx";
import { BuurtInitiatives } from "@/components/initiatives/buurt-initiatives.tsx";
import { FigureTable } from "@/components/figures/figure-table.tsx";
import { FigureLegend } from "@/components/figures/figure-legend.tsx";
import { BuurtAmbitions } from "@/components/omgevingsvisie/buurt-ambitions.tsx";
import { IndicatorTable } from "@/components/indicators/indicator-table.tsx";
import { ReleaseLegend } from "@/components/indicators/release-legend.tsx";
import { toIndicatorRows } from "@/lib/figures/to-indicator-rows.ts";
import { BuurtCodeParam } from "@/lib/areas/buurt-code-param.ts";
import { toFigureTable } from "@/lib/figures/to-figure-table.ts";
import { formattingLocale } from "@/lib/i18n/formatting-locale.ts";
import { loadBuurtPage } from "@/lib/pages/load-buurt-page.ts";
import { loadBuurtInitiatives } from "@/lib/pages/load-public-initiatives.ts";
import { loadSimilarBuurten } from "@/lib/pages/load-similar-buurten.ts";
import { routes } from "@/lib/routes.ts";
import { shareMetadata } from "@/lib/share/share-metadata.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string; code: string }>;
}

async function resolve(params: PageProps["params"]) {
  const { locale, code: raw } = await params;
  const parsed = BuurtCodeParam.safeParse(raw);
  if (!parsed.success) notFound();
  if (parsed.data !== raw) permanentRedirect(routes.buurt(locale, parsed.data));
  const view = await loadBuurtPage(parsed.data);
  if (!view) notFound();
  return { locale, view };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, view } = await resolve(params);
  const t = await getTranslations({ locale });
  const names = { buurt: view.buurt.name, wijk: view.wijk.name, gemeente: view.gemeente.name };
  const code = view.buurt.code;
  return shareMetadata({
    locale: locale === "en" ? "en" : "nl",
    title: t("metadata.buurtTitle", names),
    description: t("metadata.buurtDescription", names),
    siteName: t("share.siteName", names),
    paths: { nl: routes.buurt("nl", code), en: routes.buurt("en", code) },
    image: { path: routes.buurtCard(locale, code), alt: t("share.buurtImageAlt", names) },
  });
}

export default async function BuurtPage({ params }: PageProps) {
  const { locale, view } = await resolve(params);
  setRequestLocale(locale);
  const { buurt, wijk, gemeente, neighbours, figures, release, reach, ambitions } = view;
  const [t, tAll, similar, initiatives] = await Promise.all([
    getTranslations({ locale, namespace: "buurt" }),
    getTranslations({ locale }),
    loadSimilarBuurten(buurt.code),
    loadBuurtInitiatives(buurt.code),
  ]);
  const dateFormat = new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: "long", timeZone: "Europe/Amsterdam" });
  const lang = locale === "en" ? "en" : "nl";
  const levelHeading = (level: "BUURT" | "WIJK" | "GEMEENTE", name: string) =>
    t("levelColumn", { level: tAll(`levels.${level}`), name });
  const table = figures
    ? toFigureTable(
        figures,
        [
          { code: buurt.code, heading: levelHeading("BUURT", buurt.name) },
          { code: wijk.code, heading: levelHeading("WIJK", wijk.name) },
          { code: gemeente.code, heading: levelHeading("GEMEENTE", gemeente.name) },
        ],
        { locale, t: tAll as never },
      )
    : null;

  return (
    <>
      <Breadcrumb
        label={t("breadcrumb")}
        items={[
          { href: routes.home(locale), label: tAll("layout.nav.home") },
          { href: routes.buurt(locale, buurt.code), label: buurt.name, current: true },
        ]}
      />
      <PreHeading>{t("pretitle", { wijk: wijk.name })}</PreHeading>
      <Heading1>{buurt.name}</Heading1>
      <div className="buurtbeeld-buurt-intro">
        <DataList className="buurtbeeld-buurt-intro__facts" aria-label={t("facts")}>
          <DataListItem>
            <DataListKey>{t("code")}</DataListKey>
            <DataListValue>{buurt.code}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t("wijk")}</DataListKey>
            <DataListValue>{wijk.name}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t("gemeente")}</DataListKey>
            <DataListValue>{gemeente.name}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t("divisionYear")}</DataListKey>
            <DataListValue>CBS {buurt.year}</DataListValue>
          </DataListItem>
        </DataList>
        <AreaMap
          idPrefix="buurt-map"
          className="buurtbeeld-buurt-intro__map"
          title={t("mapTitle", { buurt: buurt.name, wijk: wijk.name })}
          description={t("neighbours", { wijk: wijk.name })}
          viewBox={view.viewBox}
          shapes={[
            { code: buurt.code, label: buurt.name, d: buurt.d, current: true },
            ...neighbours.map((neighbour) => ({
              code: neighbour.code,
              label: neighbour.name,
              d: neighbour.d,
              href: routes.buurt(locale, neighbour.code),
            })),
          ]}
        />
      </div>

      <Heading2>{tAll("release.heading")}</Heading2>
      {release ? (
        <>
          {release.isDemo ? <DemoNotice topic="release" /> : null}
          <Paragraph>{tAll("release.intro", { year: release.year })}</Paragraph>
          {release.themes.map((theme) => (
            <IndicatorTable
              key={theme.code}
              caption={tAll("release.themeCaption", {
                theme: theme.name[lang],
                buurt: buurt.name,
                wijk: wijk.name,
                gemeente: gemeente.name,
                year: release.year,
              })}
              firstColumn={tAll("release.indicatorColumn")}
              columns={[
                { key: buurt.code, heading: levelHeading("BUURT", buurt.name) },
                { key: wijk.code, heading: levelHeading("WIJK", wijk.name) },
                { key: gemeente.code, heading: levelHeading("GEMEENTE", gemeente.name) },
              ]}
              rows={toIndicatorRows(theme.indicators, [buurt.code, wijk.code, gemeente.code], lang, tAll)}
              trendColumn={tAll("release.trendColumn", { buurt: buurt.name })}
            />
          ))}
          <ReleaseLegend explanationHref={routes.explanation(locale)} />
          <Heading2 id="downloaden">{tAll("download.form.heading")}</Heading2>
          <Paragraph>{tAll("download.form.intro")}</Paragraph>
          <DownloadForm
            action={routes.download(locale)}
            labels={{
              heading: tAll("download.form.heading"),
              indicator: tAll("download.form.indicator"),
              year: tAll("download.form.year"),
              format: tAll("download.form.format"),
              submit: tAll("download.form.submit"),
            }}
            themes={release.themes.map((theme) => ({
              code: theme.code,
              name: theme.name[lang],
              indicators: theme.indicators.map((indicator) => ({ code: indicator.code, name: indicator.name[lang] })),
            }))}
            indicator={release.themes[0]?.indicators[0]?.code ?? ""}
            years={release.years}
            year={release.year}
            formats={[
              { value: "csv", label: tAll("download.form.csv") },
              { value: "geojson", label: tAll("download.form.geojson") },
            ]}
          />
        </>
      ) : (
        <Paragraph>{tAll("release.none")}</Paragraph>
      )}
      {similar ? <SimilarBuurtenList locale={lang} similar={similar} headingId="buurten-zoals-deze" /> : null}

      <Heading2 id="voorzieningen">{tAll("facilities.buurtHeading")}</Heading2>
      {reach.length > 0 ? (
        <>
          {reach.some((row) => row.isDemo) ? <Paragraph>{tAll("facilities.buurtDemo")}</Paragraph> : null}
          <BuurtReachTable locale={lang} buurtName={buurt.name} reach={reach} />
          <Paragraph>{tAll("facilities.buurtMethod")}</Paragraph>
        </>
      ) : (
        <Paragraph>{tAll("facilities.noFacilities")}</Paragraph>
      )}

      <Heading2 id="omgevingsvisie">{tAll("visie.buurtHeading")}</Heading2>
      {ambitions.length > 0 ? (
        <BuurtAmbitions locale={lang} ambitions={ambitions} />
      ) : (
        <Paragraph>{tAll("visie.buurtNone", { buurt: buurt.name })}</Paragraph>
      )}

      <Heading2 id="initiatieven">{tAll("initiatives.buurtHeading")}</Heading2>
      <BuurtInitiatives locale={lang} buurtCode={buurt.code} buurtName={buurt.name} initiatives={initiatives} />

      <Heading2>{t("figuresHeading")}</Heading2>
      {table && figures ? (
        <>
          <Paragraph>{t("figuresIntro")}</Paragraph>
          {!table.columns.some((column) => column.code === buurt.code) ? <Paragraph>{t("figuresNoBuurt")}</Paragraph> : null}
          <FigureTable
            caption={t("tableCaption", {
              year: figures.year,
              table: figures.tableId,
              buurt: buurt.name,
              wijk: wijk.name,
              gemeente: gemeente.name,
            })}
            figureHeading={t("figureColumn")}
            unitHeading={t("unitColumn")}
            columns={table.columns.map((column) => ({ key: column.code, heading: column.heading }))}
            groups={table.groups}
          />
          <FigureLegend />
          <Paragraph>
            {t("source", {
              year: figures.year,
              table: figures.tableId,
              date: figures.importedAt ? dateFormat.format(figures.importedAt) : "—",
            })}
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t("figuresNone")}</Paragraph>
      )}

      {neighbours.length > 0 ? (
        <>
          <Heading2>{t("neighbours", { wijk: wijk.name })}</Heading2>
          <ul className="utrecht-unordered-list">
            {neighbours.map((neighbour) => (
              <li key={neighbour.code} className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={routes.buurt(locale, neighbour.code)}>
                  {neighbour.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
