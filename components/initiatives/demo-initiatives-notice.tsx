import "@utrecht/alert-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { useTranslations } from "next-intl";

/** Wherever demo initiatives are shown: invented, so nobody takes them for a neighbour's plan. */
export function DemoInitiativesNotice() {
  const t = useTranslations("initiatives");
  return (
    <div className="utrecht-alert utrecht-alert--warning buurtbeeld-demo-notice" role="note">
      <p className="utrecht-paragraph">
        <strong>{t("demoTitle")}</strong> {t("demoBody")}
      </p>
    </div>
  );
}
