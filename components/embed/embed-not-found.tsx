import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found/not-found-content.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { routes } from "@/lib/routes.ts";
import { EmbedFooter } from "./embed-footer.tsx";

/**
 * A widget that does not exist (a buurt merged away, a withdrawn indicator), said inside
 * the partner's frame rather than as a refused frame; its links leave the frame.
 */
export async function EmbedNotFound({ locale, askedCode }: { locale: string; askedCode?: string }) {
  const t = await getTranslations({ locale, namespace: "embed" });
  return (
    <>
      <main id="inhoud" className="buurtbeeld-embed">
        <NotFoundContent locale={locale} askedCode={askedCode} newTabHint={t("newTab")} />
      </main>
      <EmbedFooter sourceHref={routes.home(locale)} gemeenteName={getMunicipalityConfig().name} isDemo={false} />
    </>
  );
}
