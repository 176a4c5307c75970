import { useTranslations } from "next-intl";
import { categoryLabel } from "@/lib/initiatives/category-label.ts";
import type { PublicInitiativeView } from "@/lib/initiatives/read-public-initiatives.ts";
import { routes } from "@/lib/routes.ts";

interface BuurtInitiativesProps {
  locale: "nl" | "en";
  buurtCode: string;
  buurtName: string;
  initiatives: PublicInitiativeView[];
}

/** The buurt page's section: its published initiatives as links, and where to find or add more. */
export function BuurtInitiatives({ locale, buurtCode, buurtName, initiatives }: BuurtInitiativesProps) {
  const t = useTranslations("initiatives");
  return (
    <>
      {initiatives.length > 0 ? (
        <ul className="buurtbeeld-initiative-list" data-testid="buurt-initiatives">
          {initiatives.map((initiative) => (
            <li key={initiative.id} data-initiative={initiative.id}>
              <a className="utrecht-link" href={routes.initiative(locale, initiative.id)}>
                {initiative.title}
              </a>{" "}
              {t("buurtItem", { category: categoryLabel(initiative.category, locale), status: t(`status.${initiative.status}`) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("buurtNone", { buurt: buurtName })}</p>
      )}
      <p className="utrecht-paragraph">
        {initiatives.length > 0 ? (
          <>
            <a className="utrecht-link" href={routes.initiatives(locale, { buurt: buurtCode })}>
              {t("buurtAll", { buurt: buurtName })}
            </a>
            {" · "}
          </>
        ) : null}
        <a className="utrecht-link" href={routes.newInitiative(locale)}>
          {t("buurtSubmit")}
        </a>
      </p>
    </>
  );
}
