import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import "@utrecht/link-css/dist/index.css";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requestContext } from "@/lib/request-context.ts";
import { routes } from "@/lib/routes.ts";

export default async function LocaleNotFound() {
  const locale = await getLocale();
  const [t, { pathname }] = await Promise.all([getTranslations({ locale, namespace: "notFound" }), requestContext()]);
  // Name the code the visitor asked for, so a mistyped link is easy to spot.
  const askedCode = pathname.match(/\/buurten\/([^/]{1,40})$/)?.[1];
  return (
    <>
      <title>{t("heading")}</title>
      <Heading1>{t("heading")}</Heading1>
      <Paragraph>{askedCode ? t("buurtBody", { code: decodeURIComponent(askedCode) }) : t("body")}</Paragraph>
      <Paragraph>
        <Link href={routes.home(locale)}>{t("home")}</Link>
      </Paragraph>
    </>
  );
}
