import "./theme.css";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing.ts";
import { routes } from "@/lib/routes.ts";

// For paths outside any locale (for example /missing.txt): there is no language in
// the URL, so the page offers both.
export default async function GlobalNotFound() {
  const texts = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "notFound" }) })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <head>
        <title>{texts[0]!.t("heading")}</title>
      </head>
      <body className="utrecht-document buurtbeeld-theme">
        <main className="buurtbeeld-container">
          {texts.map(({ locale, t }) => (
            <section key={locale} lang={locale}>
              <h1>{t("heading")}</h1>
              <p>{t("body")}</p>
              <p>
                <a href={routes.home(locale)}>{t("home")}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
