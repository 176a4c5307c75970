import { useTranslations } from "next-intl";

/** The message namespaces that say what is invented on their pages. */
export type DemoTopic = "release" | "facilities" | "visie" | "initiatives";

/**
 * Said wherever generated or invented data are shown (figures, facilities, ambitions,
 * initiatives), so nobody takes them for the real buurten or a neighbour's plan.
 */
export function DemoNotice({ topic }: { topic: DemoTopic }) {
  const t = useTranslations(topic);
  return (
    <div className="utrecht-alert utrecht-alert--warning buurtbeeld-demo-notice" role="note">
      <p className="utrecht-paragraph">
        <strong>{t("demoTitle")}</strong> {t("demoBody")}
      </p>
    </div>
  );
}
