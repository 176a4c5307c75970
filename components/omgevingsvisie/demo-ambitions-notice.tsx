import "@utrecht/alert-css/dist/index.css";
import { useTranslations } from "next-intl";

/** The demo ambitions are our own words and drawings, not the municipality's vision. */
export function DemoAmbitionsNotice() {
  const t = useTranslations("visie");
  return (
    <div className="utrecht-alert utrecht-alert--warning buurtbeeld-demo-notice" role="note">
      <p className="utrecht-paragraph">
        <strong>{t("demoTitle")}</strong> {t("demoBody")}
      </p>
    </div>
  );
}
