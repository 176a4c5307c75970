import { DataList, DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { categoryLabel } from "@/lib/initiatives/category-label.ts";
import { formatInitiativeDate } from "@/lib/initiatives/format-initiative-date.ts";
import type { PublicInitiativeView } from "@/lib/initiatives/read-public-initiatives.ts";
import { routes } from "@/lib/routes.ts";

/** Status, category, who submitted it (the kind, never the person), where, and since when it is public. */
export function InitiativeFacts({ locale, initiative }: { locale: "nl" | "en"; initiative: PublicInitiativeView }) {
  const t = useTranslations("initiatives");
  const facts: [string, ReactNode][] = [
    [t("factStatus"), t(`status.${initiative.status}`)],
    [t("factCategory"), categoryLabel(initiative.category, locale)],
    [t("factSubmitter"), t(`submitter.${initiative.submitterKind}`)],
    [
      t("factBuurt"),
      <a key="buurt" className="utrecht-link utrecht-link--html-a" href={routes.buurt(locale, initiative.buurtCode)}>
        {initiative.wijkName ? t("buurtInWijk", { buurt: initiative.buurtName, wijk: initiative.wijkName }) : initiative.buurtName}
      </a>,
    ],
    [t("factPublished"), formatInitiativeDate(initiative.publishedAt, locale)],
  ];
  return (
    <DataList aria-label={t("factsLabel")}>
      {facts.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
