import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedBuurtCard } from "@/components/embed/embed-buurt-card.tsx";
import { EmbedFooter } from "@/components/embed/embed-footer.tsx";
import { BuurtCodeParam } from "@/lib/areas/buurt-code-param.ts";
import { loadBuurtPage } from "@/lib/pages/load-buurt-page.ts";
import { routes } from "@/lib/routes.ts";

interface PageProps {
  params: Promise<{ locale: string; code: string }>;
}

// The profile's own loader: the card shows the same release, with the same statuses.
async function resolve(params: PageProps["params"]) {
  const { locale, code: raw } = await params;
  const parsed = BuurtCodeParam.safeParse(raw);
  if (!parsed.success) notFound();
  if (parsed.data !== raw) permanentRedirect(routes.embedBuurt(locale, parsed.data));
  const view = await loadBuurtPage(parsed.data);
  if (!view) notFound();
  return { locale, view };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, view } = await resolve(params);
  const t = await getTranslations({ locale, namespace: "metadata" });
  return { title: t("buurtWidgetTitle", { buurt: view.buurt.name }) };
}

export default async function EmbedBuurtPage({ params }: PageProps) {
  const { locale, view } = await resolve(params);
  setRequestLocale(locale);
  return (
    <>
      <main id="inhoud" className="buurtbeeld-embed">
        <EmbedBuurtCard locale={locale === "en" ? "en" : "nl"} data={view} />
      </main>
      <EmbedFooter sourceHref={routes.buurt(locale, view.buurt.code)} gemeenteName={view.gemeente.name} isDemo={view.release?.isDemo ?? false} />
    </>
  );
}
