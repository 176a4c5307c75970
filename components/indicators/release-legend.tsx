import { useTranslations } from "next-intl";

/** What "withheld", "no data" and rounding mean, with the way to the full explanation. */
export function ReleaseLegend({ explanationHref }: { explanationHref: string }) {
  const t = useTranslations("release");
  return (
    <div className="buurtbeeld-release-legend">
      <p className="utrecht-paragraph">
        <strong>{t("legendHeading")}</strong>
      </p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">{t("legendSuppressed")}</li>
        <li className="utrecht-unordered-list__item">{t("legendNoData")}</li>
        <li className="utrecht-unordered-list__item">{t("legendRounded")}</li>
      </ul>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={explanationHref}>
          {t("explanationLink")}
        </a>
      </p>
    </div>
  );
}
