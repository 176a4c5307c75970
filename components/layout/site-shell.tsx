import "@/app/styles.css";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { routing } from "@/i18n/routing.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { themeCss } from "@/lib/config/theme-css.ts";
import { requestContext } from "@/lib/request-context.ts";
import { routes, switchLocale } from "@/lib/routes.ts";
import { ErrorTextsProvider } from "./error-texts.tsx";
import { SiteFooter } from "./site-footer.tsx";
import { SiteHeader } from "./site-header.tsx";

/**
 * The document every page shares: <html lang>, the municipality's colours, skip link,
 * header, main and footer. Used by the locale layout and by the not-found page, which
 * Next.js renders outside that layout.
 */
export async function SiteShell({ locale, children }: { locale: string; children: ReactNode }) {
  const [t, tError, { nonce, pathname, search }] = await Promise.all([
    getTranslations({ locale, namespace: "layout" }),
    getTranslations({ locale, namespace: "error" }),
    requestContext(),
  ]);
  const config = getMunicipalityConfig();
  const otherLocale = routing.locales.find((candidate) => candidate !== locale)!;

  return (
    <html lang={locale}>
      <head>
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: themeCss(config) }} />
      </head>
      <body className="utrecht-document buurtbeeld-theme">
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t("skipLink")}
        </a>
        <SiteHeader
          homeHref={routes.home(locale)}
          gemeenteName={config.name}
          currentPath={pathname}
          navItems={[
            { href: routes.home(locale), label: t("nav.home") },
            { href: routes.map(locale), label: t("nav.map") },
            { href: routes.compare(locale), label: t("nav.compare") },
            { href: routes.facilities(locale), label: t("nav.facilities") },
            { href: routes.visie(locale), label: t("nav.visie") },
            { href: routes.initiatives(locale), label: t("nav.initiatives") },
            { href: routes.explanation(locale), label: t("nav.explanation") },
          ]}
          languageSwitch={{ href: `${switchLocale(pathname, otherLocale)}${search}`, label: t("switchTo"), locale: otherLocale }}
        />
        <main id="inhoud" tabIndex={-1} className="utrecht-page-content">
          <div className="buurtbeeld-container">
            {/* Only the error page runs on the client; it gets only its own texts. */}
            <ErrorTextsProvider texts={{ heading: tError("heading"), body: tError("body"), retry: tError("retry") }}>{children}</ErrorTextsProvider>
          </div>
        </main>
        <SiteFooter
          currentPath={pathname}
          gemeenteName={config.name}
          municipalityWebsite={config.website}
          links={[
            { href: routes.accessibility(locale), label: t("nav.accessibility") },
            { href: routes.privacy(locale), label: t("nav.privacy") },
            { href: routes.embedBuilder(locale), label: t("nav.embed") },
          ]}
        />
      </body>
    </html>
  );
}
