import { Heading1, Paragraph } from "@utrecht/component-library-react";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { UnsubscribeToken } from "@/lib/initiatives/unsubscribe-contact.ts";
import { routes } from "@/lib/routes.ts";
import { unsubscribeAction } from "./unsubscribe-action.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  // The token is in the address: no search engine, and no Referer to anyone.
  return { title: t("heading"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * The link in every mail. Opening it changes nothing (mail scanners open links); the
 * button does. The page never looks the token up, so it says the same for any token.
 */
export default async function UnsubscribePage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  const token = typeof query.token === "string" ? query.token : undefined;
  const done = query.afgemeld === "ja";
  const wellFormed = token !== undefined && UnsubscribeToken.safeParse(token).success;

  return (
    <article>
      <Heading1>{t("heading")}</Heading1>
      {done ? (
        <div role="status">
          <Paragraph>{t("done")}</Paragraph>
          <Paragraph>{t("doneFollow")}</Paragraph>
        </div>
      ) : wellFormed ? (
        <>
          <Paragraph>{t("confirmIntro")}</Paragraph>
          <form action={unsubscribeAction}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("confirmButton")}
            </button>
          </form>
        </>
      ) : (
        <Paragraph>{t("incomplete")}</Paragraph>
      )}
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href={routes.initiatives(locale)}>
          {t("toInitiatives")}
        </a>
      </Paragraph>
    </article>
  );
}
