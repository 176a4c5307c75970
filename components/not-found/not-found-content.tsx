import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { getTranslations } from "next-intl/server";
import { NewTabLink } from "@/components/embed/new-tab-link.tsx";
import { routes } from "@/lib/routes.ts";

interface NotFoundContentProps {
  locale: string;
  askedCode?: string;
  /** Inside a partner's frame the way home opens a new tab, and says so with this hint. */
  newTabHint?: string;
}

/** Says the page does not exist; for a buurt URL it names the code that was asked for. */
export async function NotFoundContent({ locale, askedCode, newTabHint }: NotFoundContentProps) {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <>
      <title>{t("heading")}</title>
      <Heading1>{t("heading")}</Heading1>
      <Paragraph>{askedCode ? t("buurtBody", { code: askedCode }) : t("body")}</Paragraph>
      <Paragraph>
        {newTabHint ? (
          <NewTabLink href={routes.home(locale)} hint={newTabHint}>
            {t("home")}
          </NewTabLink>
        ) : (
          <Link href={routes.home(locale)}>{t("home")}</Link>
        )}
      </Paragraph>
    </>
  );
}
