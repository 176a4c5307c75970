import "@/app/styles.css";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { themeCss } from "@/lib/config/theme-css.ts";
import { requestContext } from "@/lib/request-context.ts";
import { ErrorTextsProvider } from "@/components/layout/error-texts.tsx";

/**
 * The document of a widget in a partner's iframe: <html lang>, the municipality's colours
 * under this response's nonce, and nothing of the site around it (no header, navigation or
 * skip link: the partner's page is the site). Each widget ends with its own EmbedFooter,
 * because where "source" leads and whether the data are demo depend on what it shows.
 */
export async function EmbedShell({ locale, children }: { locale: string; children: ReactNode }) {
  const [tError, { nonce }] = await Promise.all([getTranslations({ locale, namespace: "error" }), requestContext()]);
  return (
    <html lang={locale}>
      <head>
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: themeCss(getMunicipalityConfig()) }} />
      </head>
      <body className="utrecht-document buurtbeeld-theme buurtbeeld-embed-document">
        <ErrorTextsProvider texts={{ heading: tError("heading"), body: tError("body"), retry: tError("retry") }}>{children}</ErrorTextsProvider>
      </body>
    </html>
  );
}
