import { useTranslations } from "next-intl";
import { formatInitiativeDate, isoDay } from "@/lib/initiatives/format-initiative-date.ts";
import type { PublishedInitiative } from "@/lib/initiatives/list-published-initiatives.ts";

/** Every public status change, oldest first, each with the municipality's reason when it gave one. */
export function InitiativeHistory({ locale, history }: { locale: "nl" | "en"; history: PublishedInitiative["history"] }) {
  const t = useTranslations("initiatives");
  return (
    <ol className="utrecht-ordered-list buurtbeeld-initiative-history" data-testid="initiative-history">
      {history.map((change, index) => (
        <li key={index} className="utrecht-ordered-list__item" data-status={change.status}>
          <time dateTime={isoDay(change.changedAt)}>{formatInitiativeDate(change.changedAt, locale)}</time>
          {": "}
          {t(`status.${change.status}`)}
          {change.publicReason ? (
            <>
              {" — "}
              <span className="buurtbeeld-initiative-text">{t("historyReason", { reason: change.publicReason })}</span>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
