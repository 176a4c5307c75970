import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import "@utrecht/link-css/dist/index.css";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes.ts";

/** Says the page does not exist; for a buurt URL it names the code that was asked for. */
export async function NotFoundContent({ locale, askedCode }: { locale: string; askedCode?: string }) {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <>
      <title>{t("heading")}</title>
      <Heading1>{t("heading")}</Heading1>
      <Paragraph>{askedCode ? t("buurtBody", { code: askedCode }) : t("body")}</Paragraph>
      <Paragraph>
        <Link href={routes.home(locale)}>{t("home")}</Link>
      </Paragraph>
    </>
  );
}
