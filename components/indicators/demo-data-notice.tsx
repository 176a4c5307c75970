import "@utrecht/alert-css/dist/index.css";
import { useTranslations } from "next-intl";

/** Said on every page built on generated data, so nobody takes it for the real buurten. */
export function DemoDataNotice() {
  const t = useTranslations("release");
  return (
    <div className="utrecht-alert utrecht-alert--warning buurtbeeld-demo-notice" role="note">
      <p className="utrecht-paragraph">
        <strong>{t("demoTitle")}</strong> {t("demoBody")}
      </p>
    </div>
  );
}
