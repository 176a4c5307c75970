import { Heading1, Heading2, Paragraph, PreHeading } from "@utrecht/component-library-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InitiativeFacts } from "@/components/initiatives/initiative-facts.tsx";
import { InitiativeHistory } from "@/components/initiatives/initiative-history.tsx";
import { InitiativeLocatorMap } from "@/components/initiatives/initiative-locator-map.tsx";
import { Breadcrumb } from "@/components/layout/breadcrumb.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { categoryLabel } from "@/lib/initiatives/category-label.ts";
import { InitiativeIdParam } from "@/lib/initiatives/initiative-id-param.ts";
import { loadBuurtPage } from "@/lib/pages/load-buurt-page.ts";
import { loadPublicInitiative } from "@/lib/pages/load-public-initiatives.ts";
import { routes } from "@/lib/routes.ts";
import { shareMetadata } from "@/lib/share/share-metadata.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string; id: string }>;
}

// The proxy sends unknown and unpublished ids to the not-found page before rendering;
// notFound() here is the fallback.
async function resolve(params: PageProps["params"]) {
  const { locale, id: raw } = await params;
  const id = InitiativeIdParam.safeParse(raw);
  if (!id.success) notFound();
  const initiative = await loadPublicInitiative(id.data);
  if (!initiative) notFound();
  return { locale, lang: locale === "en" ? ("en" as const) : ("nl" as const), initiative };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, lang, initiative } = await resolve(params);
  const t = await getTranslations({ locale });
  const gemeente = getMunicipalityConfig().name;
  const words = { title: initiative.title, buurt: initiative.buurtName, gemeente, status: t(`initiatives.status.${initiative.status}`) };
  return shareMetadata({
    locale: lang,
    title: t("initiatives.detailMetaTitle", words),
    description: t("initiatives.detailMetaDescription", words),
    siteName: t("share.siteName", { gemeente }),
    paths: { nl: routes.initiative("nl", initiative.id), en: routes.initiative("en", initiative.id) },
    image: { path: routes.initiativeCard(locale, initiative.id), alt: t("initiatives.cardAlt", words) },
  });
}

export default async function InitiativePage({ params }: PageProps) {
  const { locale, lang, initiative } = await resolve(params);
  setRequestLocale(locale);
  const [t, tLayout, buurtView] = await Promise.all([
    getTranslations({ locale, namespace: "initiatives" }),
    getTranslations({ locale, namespace: "layout" }),
    loadBuurtPage(initiative.buurtCode),
  ]);
  const where = initiative.wijkName ? t("buurtInWijk", { buurt: initiative.buurtName, wijk: initiative.wijkName }) : initiative.buurtName;

  return (
    <>
      <Breadcrumb
        label={t("breadcrumb")}
        items={[
          { href: routes.home(locale), label: tLayout("nav.home") },
          { href: routes.initiatives(locale), label: tLayout("nav.initiatives") },
          { href: routes.initiative(locale, initiative.id), label: initiative.title, current: true },
        ]}
      />
      <PreHeading>{t("preHeading", { category: categoryLabel(initiative.category, lang) })}</PreHeading>
      <Heading1>{initiative.title}</Heading1>
      {initiative.isDemo ? <DemoNotice topic="initiatives" /> : null}
      <div className="buurtbeeld-initiative-intro">
        <InitiativeFacts locale={lang} initiative={initiative} />
        {buurtView ? (
          <InitiativeLocatorMap
            idPrefix="initiatief-kaart"
            title={t("locatorTitle", { where })}
            description={initiative.point ? t("locatorPoint") : t("locatorBuurt")}
            viewBox={buurtView.viewBox}
            buurt={buurtView.buurt.d}
            neighbours={buurtView.neighbours.map((neighbour) => neighbour.d)}
            point={initiative.svgPoint}
          />
        ) : null}
      </div>

      {initiative.publicReason ? (
        <>
          <Heading2>{t("reasonHeading")}</Heading2>
          <Paragraph className="buurtbeeld-initiative-text" data-testid="initiative-reason">
            {initiative.publicReason}
          </Paragraph>
        </>
      ) : null}

      <Heading2>{t("descriptionHeading")}</Heading2>
      <Paragraph className="buurtbeeld-initiative-text" data-testid="initiative-description">
        {initiative.description}
      </Paragraph>

      <Heading2>{t("historyHeading")}</Heading2>
      <InitiativeHistory locale={lang} history={initiative.history} />

      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href={routes.initiatives(locale, { buurt: initiative.buurtCode })}>
          {t("moreInBuurt", { buurt: initiative.buurtName })}
        </a>
        {" · "}
        <a className="utrecht-link utrecht-link--html-a" href={routes.initiatives(locale)}>
          {t("backToList")}
        </a>
      </Paragraph>
    </>
  );
}
