import { useTranslations } from "next-intl";
import type { BuurtAmbition } from "@/lib/omgevingsvisie/get-buurt-ambitions.ts";
import { visieThemeName } from "@/lib/omgevingsvisie/visie-themes.ts";
import { formatShare } from "@/lib/i18n/format-figures.ts";
import { routes } from "@/lib/routes.ts";
import { ThemeSwatch } from "./visie-map.tsx";

const percent = (share: number, locale: string) => formatShare(locale, share);

/** The ambitions that touch a buurt, each with its theme and how much of the buurt it covers. */
export function BuurtAmbitions({ locale, ambitions }: { locale: "nl" | "en"; ambitions: BuurtAmbition[] }) {
  const t = useTranslations("visie");
  return (
    <ul className="buurtbeeld-symbol-legend" data-testid="buurt-ambitions">
      {ambitions.map((ambition) => {
        return (
          <li key={ambition.id} className="buurtbeeld-symbol-legend__item" data-ambition={ambition.id}>
            <ThemeSwatch theme={ambition.theme} />
            <span>
              <a className="utrecht-link" href={routes.ambition(locale, ambition.id)}>
                {ambition.title[locale]}
              </a>{" "}
              {t("buurtAmbitionDetail", {
                theme: visieThemeName(ambition.theme, locale),
                share: percent(ambition.shareOfBuurt, locale),
              })}
              {ambition.isDemo ? ` (${t("demoMark")})` : ""}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
