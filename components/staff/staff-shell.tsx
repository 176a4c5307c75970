import "@/app/styles.css";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorTextsProvider } from "@/components/layout/error-texts.tsx";
import { routing } from "@/i18n/routing.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { themeCss } from "@/lib/config/theme-css.ts";
import { requestContext } from "@/lib/request-context.ts";
import { routes, switchLocale } from "@/lib/routes.ts";
import type { StaffIdentity } from "@/lib/staff/staff-roles.ts";
import { StaffHeader } from "./staff-header.tsx";

/**
 * The document of the staff pages: the portal's language, colours and skip link, but a
 * header of its own (queue, admin pages, who is logged in, log out) and no public footer.
 */
export async function StaffShell({ locale, staff, logOut, children }: { locale: string; staff: StaffIdentity | null; logOut: () => Promise<void>; children: ReactNode }) {
  const [t, tLayout, tError, { nonce, pathname, search }] = await Promise.all([
    getTranslations({ locale, namespace: "staff" }),
    getTranslations({ locale, namespace: "layout" }),
    getTranslations({ locale, namespace: "error" }),
    requestContext(),
  ]);
  const config = getMunicipalityConfig();
  const otherLocale = routing.locales.find((candidate) => candidate !== locale)!;
  const admin = staff?.role === "ADMIN";
  const navItems = staff
    ? [
        { href: routes.staffHome(locale), label: t("nav.queue") },
        ...(admin
          ? [
              { href: routes.staffAudit(locale), label: t("nav.audit") },
              { href: routes.staffUsers(locale), label: t("nav.users") },
              { href: routes.staffSubmitterData(locale), label: t("nav.data") },
            ]
          : []),
      ]
    : [];

  return (
    <html lang={locale}>
      <head>
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: themeCss(config) }} />
      </head>
      <body className="utrecht-document buurtbeeld-theme">
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {tLayout("skipLink")}
        </a>
        <StaffHeader
          texts={{
            siteName: tLayout("siteName"),
            section: t("section", { gemeente: config.name }),
            mainNavigation: t("nav.label"),
            languageNavigation: tLayout("languageNavigation"),
            signedInAs: staff ? t("signedInAs", { name: staff.name, role: t(`roles.${staff.role}`) }) : undefined,
            logOut: t("logOut"),
            publicSite: t("nav.publicSite"),
          }}
          homeHref={routes.staffHome(locale)}
          publicHref={routes.home(locale)}
          navItems={navItems}
          currentPath={pathname}
          languageSwitch={{ href: `${switchLocale(pathname, otherLocale)}${search}`, label: tLayout("switchTo"), locale: otherLocale }}
          logOut={staff ? logOut : undefined}
        />
        <main id="inhoud" tabIndex={-1} className="utrecht-page-content">
          <div className="buurtbeeld-container">
            <ErrorTextsProvider texts={{ heading: tError("heading"), body: tError("body"), retry: tError("retry") }}>{children}</ErrorTextsProvider>
          </div>
        </main>
      </body>
    </html>
  );
}
