import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  return { title: t("explanationTitle"), description: t("explanationDescription") };
}

// The rules, in plain language. Not the audit's parameters, not the key: those stay with
// the municipality.
export default async function ExplanationPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "explanation" });
  const section = (heading: string, ...paragraphs: string[]) => (
    <>
      <Heading2>{t(heading)}</Heading2>
      {paragraphs.map((key) => (
        <Paragraph key={key}>{t(key)}</Paragraph>
      ))}
    </>
  );
  return (
    <article>
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      {section("levelHeading", "level")}
      {section("smallHeading", "small")}
      {section("extraHeading", "extra")}
      {section("roundingHeading", "rounding")}
      {section("ratesHeading", "rates")}
      {section("checkHeading", "check")}
      <Heading2>{t("statusHeading")}</Heading2>
      <UnorderedList>
        <UnorderedListItem>{t("statusSuppressed")}</UnorderedListItem>
        <UnorderedListItem>{t("statusNoData")}</UnorderedListItem>
      </UnorderedList>
      {section("cbsHeading", "cbs")}
    </article>
  );
}
