import { categoryLabel } from "../initiatives/category-label.ts";
import type { PublicInitiativeStatus } from "../initiatives/initiative-status.ts";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Every word on an initiative's share card. Only this reaches the picture, so what it says is testable. */
export interface InitiativeCardText {
  siteName: string;
  title: string;
  subtitle: string;
  status: string;
  category: string;
  demo: string | null;
}

export interface InitiativeCardInput {
  title: string;
  category: string;
  status: PublicInitiativeStatus;
  buurtName: string;
  wijkName: string | null;
  isDemo: boolean;
}

/** What the page says at the top: title, where, status and category. Never who submitted it, nor the text. */
export function initiativeCardText(initiative: InitiativeCardInput, gemeente: string, locale: "nl" | "en", t: Translate): InitiativeCardText {
  return {
    siteName: t("share.siteName", { gemeente }),
    title: initiative.title,
    subtitle: initiative.wijkName
      ? t("initiatives.cardSubtitle", { buurt: initiative.buurtName, wijk: initiative.wijkName, gemeente })
      : t("initiatives.cardSubtitleBuurt", { buurt: initiative.buurtName, gemeente }),
    status: t("initiatives.cardStatus", { status: t(`initiatives.status.${initiative.status}`) }),
    category: categoryLabel(initiative.category, locale),
    demo: initiative.isDemo ? t("initiatives.cardDemo") : null,
  };
}
