import "@utrecht/document-css/dist/index.css";
import "@utrecht/skip-link-css/dist/index.css";
import "@utrecht/page-content-css/dist/index.css";
import "../theme.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer.tsx";
import { SiteHeader } from "@/components/layout/site-header.tsx";
import { routing } from "@/i18n/routing.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { themeCss } from "@/lib/config/theme-css.ts";
import { requestContext } from "@/lib/request-context.ts";
import { routes, switchLocale } from "@/lib/routes.ts";

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Omit<LayoutProps, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "metadata" });
  const gemeente = getMunicipalityConfig().name;
  return {
    title: { default: t("siteTitle", { gemeente }), template: `%s | ${t("siteTitle", { gemeente })}` },
    description: t("siteDescription", { gemeente }),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const [t, messages, { nonce, pathname }] = await Promise.all([
    getTranslations({ locale, namespace: "layout" }),
    getMessages({ locale }),
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
          navItems={[{ href: routes.home(locale), label: t("nav.home") }]}
          languageSwitch={{ href: switchLocale(pathname, otherLocale), label: t("switchTo"), locale: otherLocale }}
        />
        <main id="inhoud" tabIndex={-1} className="utrecht-page-content">
          <div className="buurtbeeld-container">
            {/* Only the error page runs on the client; it gets only its own texts. */}
            <NextIntlClientProvider messages={{ error: messages.error }}>{children}</NextIntlClientProvider>
          </div>
        </main>
        <SiteFooter
          currentPath={pathname}
          gemeenteName={config.name}
          municipalityWebsite={config.website}
          links={[
            { href: routes.accessibility(locale), label: t("nav.accessibility") },
            { href: routes.privacy(locale), label: t("nav.privacy") },
          ]}
        />
      </body>
    </html>
  );
}
