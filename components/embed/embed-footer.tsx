import { useTranslations } from "next-intl";
import { NewTabLink } from "./new-tab-link.tsx";

interface EmbedFooterProps {
  /** The portal page that shows the same figures in full. */
  sourceHref: string;
  gemeenteName: string;
  isDemo: boolean;
}

/** Where the figures come from, and that they are made up when they are: no widget without it. */
export function EmbedFooter({ sourceHref, gemeenteName, isDemo }: EmbedFooterProps) {
  const t = useTranslations("embed");
  return (
    <footer className="buurtbeeld-embed-footer">
      {isDemo ? (
        <p className="buurtbeeld-embed-footer__demo" role="note">
          {t("demo")}
        </p>
      ) : null}
      <p>
        <NewTabLink href={sourceHref} hint={t("newTab")}>
          {t("source", { gemeente: gemeenteName })}
        </NewTabLink>
      </p>
    </footer>
  );
}
