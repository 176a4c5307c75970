import { useTranslations } from "next-intl";
import { routes } from "@/lib/routes.ts";
import { MapViewsNav } from "./map-views-nav.tsx";

/** The map views' navigation with its words and links for a locale. */
export function MapViewsNavFor({ locale, current }: { locale: string; current: "indicator" | "stacking" | "overlap" }) {
  const t = useTranslations("mapViews");
  return (
    <MapViewsNav
      label={t("label")}
      current={current}
      links={[
        { view: "indicator", href: routes.map(locale), label: t("indicator") },
        { view: "stacking", href: routes.stacking(locale), label: t("stacking") },
        { view: "overlap", href: routes.overlap(locale), label: t("overlap") },
      ]}
    />
  );
}
