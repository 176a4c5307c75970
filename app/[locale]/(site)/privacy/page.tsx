import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  return { title: t("privacyTitle"), description: t("privacyDescription", { gemeente: getMunicipalityConfig().name }) };
}

export default async function PrivacyPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "privacy" });
  const config = getMunicipalityConfig();
  const gemeente = config.name;
  return (
    <article>
      <Heading1>{t("heading")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <Heading2>{t("noTrackingHeading")}</Heading2>
      <Paragraph>{t("noTracking")}</Paragraph>
      <Heading2>{t("figuresHeading")}</Heading2>
      <Paragraph>{t("figures")}</Paragraph>
      <Heading2>{t("initiativesHeading")}</Heading2>
      <Paragraph>{t("initiatives")}</Paragraph>
      <Paragraph>{t("initiativeEmail", { days: config.initiatives.contactRetentionDays })}</Paragraph>
      <Paragraph>{t("initiativeRights", { gemeente })}</Paragraph>
      <Heading2>{t("staffHeading")}</Heading2>
      <Paragraph>{t("staff")}</Paragraph>
      <Heading2>{t("logsHeading")}</Heading2>
      <Paragraph>{t("logs")}</Paragraph>
      <Heading2>{t("contactHeading")}</Heading2>
      <Paragraph>{t("contact", { gemeente })}</Paragraph>
    </article>
  );
}
