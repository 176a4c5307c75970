import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VisieView } from "@/components/omgevingsvisie/visie-view.tsx";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { loadVisiePage } from "@/lib/pages/load-visie-page.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  const gemeente = getMunicipalityConfig().name;
  return { title: t("visieTitle", { gemeente }), description: t("visieDescription", { gemeente }) };
}

export default async function VisiePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const data = await loadVisiePage();
  const t = await getTranslations({ locale, namespace: "visie" });
  const gemeente = getMunicipalityConfig().name;
  const documentUrl = data?.ambitions.find((ambition) => ambition.documentUrl)?.documentUrl;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading", { gemeente })}</h1>
      <p className="utrecht-paragraph">{t("intro", { gemeente })}</p>
      {documentUrl && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={documentUrl} rel="external">
            {t("officialDocument", { gemeente })}
          </a>
        </p>
      )}
      {!data || data.ambitions.length === 0 ? (
        <p className="utrecht-paragraph">{t("noAmbitions")}</p>
      ) : (
        <>
          {data.ambitions.some((ambition) => ambition.isDemo) && <DemoNotice topic="visie" />}
          <VisieView locale={locale === "en" ? "en" : "nl"} data={data} />
        </>
      )}
    </>
  );
}
