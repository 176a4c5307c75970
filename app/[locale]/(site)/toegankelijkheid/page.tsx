import { Heading1, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  return { title: t("accessibilityTitle"), description: t("accessibilityDescription", { gemeente: getMunicipalityConfig().name }) };
}

export default async function AccessibilityPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "accessibility" });
  const config = getMunicipalityConfig();
  const gemeente = config.name;
  return (
    <article>
      <Heading1>{t("heading")}</Heading1>
      <Paragraph>{t("intro", { gemeente })}</Paragraph>
      <Heading2>{t("whatHeading")}</Heading2>
      <UnorderedList>
        <UnorderedListItem>{t("what1")}</UnorderedListItem>
        <UnorderedListItem>{t("what2")}</UnorderedListItem>
        <UnorderedListItem>{t("what3")}</UnorderedListItem>
        <UnorderedListItem>{t("what4")}</UnorderedListItem>
      </UnorderedList>
      <Heading2>{t("limitsHeading")}</Heading2>
      <Paragraph>{t("limits1")}</Paragraph>
      <Heading2>{t("contactHeading")}</Heading2>
      <Paragraph>{t("contact", { gemeente })}</Paragraph>
      {config.website ? (
        <Paragraph>
          <Link href={config.website} rel="external">
            {t("contactLink", { gemeente })}
          </Link>
        </Paragraph>
      ) : null}
    </article>
  );
}
