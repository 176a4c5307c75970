import { useTranslations } from "next-intl";
import { MapViewsNav } from "@/components/choropleth/map-views-nav.tsx";
import { routes } from "@/lib/routes.ts";

/** The two facility pages: reach per type, and need next to reach. */
export function FacilityViewsNav({ locale, current }: { locale: string; current: "facilities" | "need-reach" }) {
  const t = useTranslations("facilities");
  return (
    <MapViewsNav
      label={t("viewsLabel")}
      current={current}
      links={[
        { view: "facilities", href: routes.facilities(locale), label: t("viewReach") },
        { view: "need-reach", href: routes.needReach(locale), label: t("viewNeedReach") },
      ]}
    />
  );
}
