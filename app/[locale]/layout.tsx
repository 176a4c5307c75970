import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { routing } from "@/i18n/routing.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { siteOrigin } from "@/lib/share/site-origin.ts";

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
    // Share cards and alternates are given as paths; og:image must be absolute.
    metadataBase: await siteOrigin(),
    title: { default: t("siteTitle", { gemeente }), template: `%s | ${t("siteTitle", { gemeente })}` },
    description: t("siteDescription", { gemeente }),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // The document itself comes from the route group: (site) for the portal, (embed) for widgets.
  return children;
}
