import "@utrecht/alert-css/dist/index.css";
import { useTranslations } from "next-intl";

/** Wherever generated facilities are shown: they are placed at random inside the real buurten. */
export function DemoFacilitiesNotice() {
  const t = useTranslations("facilities");
  return (
    <div className="utrecht-alert utrecht-alert--warning buurtbeeld-demo-notice" role="note">
      <p className="utrecht-paragraph">
        <strong>{t("demoTitle")}</strong> {t("demoBody")}
      </p>
    </div>
  );
}
