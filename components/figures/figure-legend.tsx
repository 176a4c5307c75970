import { useTranslations } from "next-intl";

/** One explanation per status, so "secret" and "no figure" are never confused. */
export function FigureLegend() {
  const t = useTranslations("legend");
  return (
    <div className="buurtbeeld-figure-legend">
      <p className="utrecht-paragraph">
        <strong>{t("heading")}</strong>
      </p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">{t("suppressed")}</li>
        <li className="utrecht-unordered-list__item">{t("noData")}</li>
      </ul>
    </div>
  );
}
