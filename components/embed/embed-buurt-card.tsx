import { useTranslations } from "next-intl";
import { formatIndicatorCell } from "@/lib/figures/format-indicator-cell.ts";
import type { BuurtPageData } from "@/lib/pages/load-buurt-page.ts";
import { routes } from "@/lib/routes.ts";
import { pickKeyIndicators } from "@/lib/share/pick-key-indicators.ts";
import { NewTabLink } from "./new-tab-link.tsx";

interface EmbedBuurtCardProps {
  locale: "nl" | "en";
  data: Pick<BuurtPageData, "buurt" | "wijk" | "release">;
}

const NO_DATA = { status: "NO_DATA" as const, count: null, rate: null };

/**
 * A buurt's key figures for a partner's frame: the share card's choice of indicators
 * (where the buurt stands out first), each as the profile says it, so a withheld figure
 * reads "afgeschermd" and never shows a number.
 */
export function EmbedBuurtCard({ locale, data }: EmbedBuurtCardProps) {
  const t = useTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const { buurt, wijk, release } = data;
  const figures = release ? pickKeyIndicators(release.themes) : [];
  return (
    <>
      <p className="buurtbeeld-embed__pretitle">{t("embed.cardPretitle", { wijk: wijk.name })}</p>
      <h1 className="utrecht-heading-1">{buurt.name}</h1>
      {release && figures.length > 0 ? (
        <>
          <h2 className="utrecht-heading-2">{t("embed.cardFiguresHeading", { year: release.year })}</h2>
          <ul className="buurtbeeld-embed-card__figures">
            {figures.map((indicator) => {
              const cell = indicator.cells[buurt.code] ?? NO_DATA;
              return (
                <li key={indicator.code} className="buurtbeeld-embed-card__figure" data-indicator={indicator.code} data-status={cell.status}>
                  <span className="buurtbeeld-embed-card__label">{indicator.name[locale]}</span>
                  <span className="buurtbeeld-embed-card__value" data-value="">
                    {formatIndicatorCell(cell, indicator.rateScale, locale, tr)}
                  </span>
                  <span className="buurtbeeld-embed-card__year">{t("embed.cardFigureYear", { year: release.year })}</span>
                  {indicator.standsOut ? <strong className="buurtbeeld-embed-card__stands-out">{t("embed.cardStandsOut")}</strong> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="utrecht-paragraph">{t("embed.cardNoFigures")}</p>
      )}
      <p className="utrecht-paragraph">
        <NewTabLink href={routes.buurt(locale, buurt.code)} hint={t("embed.newTab")}>
          {t("embed.cardProfile", { buurt: buurt.name })}
        </NewTabLink>
      </p>
    </>
  );
}
