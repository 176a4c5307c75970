import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/layout/breadcrumb.tsx";
import { AmbitionView } from "@/components/omgevingsvisie/ambition-view.tsx";
import { ThemeSwatch } from "@/components/omgevingsvisie/visie-map.tsx";
import { visieThemeName } from "@/lib/omgevingsvisie/visie-themes.ts";
import { loadAmbitionPage } from "@/lib/pages/load-visie-page.ts";
import { routes } from "@/lib/routes.ts";
import { DemoNotice } from "@/components/layout/demo-notice.tsx";

interface PageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "metadata" });
  const loaded = await loadAmbitionPage(id);
  if (!loaded) return {};
  const title = loaded.ambition.title[locale === "en" ? "en" : "nl"];
  return { title: t("ambitionTitle", { title }), description: t("ambitionDescription", { title, count: loaded.ambition.buurten.length }) };
}

export default async function AmbitionPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const loaded = await loadAmbitionPage(id);
  if (!loaded) notFound();
  const { ambition, shapes } = loaded;
  const lang = locale === "en" ? "en" : "nl";
  const t = await getTranslations({ locale, namespace: "visie" });
  const tLayout = await getTranslations({ locale, namespace: "layout" });
  return (
    <>
      <Breadcrumb
        label={t("breadcrumbLabel")}
        items={[
          { href: routes.home(locale), label: tLayout("nav.home") },
          { href: routes.visie(locale), label: t("breadcrumb") },
          { href: routes.ambition(locale, ambition.id), label: ambition.title[lang], current: true },
        ]}
      />
      <h1 className="utrecht-heading-1">{ambition.title[lang]}</h1>
      <p className="utrecht-paragraph">
        <ThemeSwatch theme={ambition.theme} /> {t("themeAndStatus", { theme: visieThemeName(ambition.theme, lang), status: t(`status.${ambition.status}`) })}
      </p>
      {ambition.isDemo && <DemoNotice topic="visie" />}
      <p className="utrecht-paragraph">{ambition.text[lang]}</p>
      {ambition.documentUrl && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={ambition.documentUrl} rel="external">
            {t("officialDocumentShort")}
          </a>
        </p>
      )}
      <AmbitionView locale={lang} ambition={ambition} shapes={shapes} />
    </>
  );
}
