import { useTranslations } from "next-intl";
import type { SimilarBuurten } from "@/lib/pages/load-similar-buurten.ts";
import { routes } from "@/lib/routes.ts";
import { MAX_COMPARED } from "@/lib/compare/compare-query.ts";

/** "Buurten like mine": each a link to its profile and to a comparison with the buurt itself. */
export function SimilarBuurtenList({ locale, similar, headingId }: { locale: "nl" | "en"; similar: SimilarBuurten; headingId: string }) {
  const t = useTranslations("compare");
  const { of } = similar;
  const features = new Intl.ListFormat(locale, { type: "conjunction" }).format(similar.features.map((feature) => feature.name[locale].toLowerCase()));
  const together = [of.code, ...similar.buurten.slice(0, MAX_COMPARED - 1).map((entry) => entry.code)];
  return (
    <section aria-labelledby={headingId} data-testid="similar-buurten">
      <h2 className="utrecht-heading-2" id={headingId}>
        {t("similarHeading", { buurt: of.name })}
      </h2>
      {similar.buurten.length === 0 ? (
        <p className="utrecht-paragraph">{t("similarNone")}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t("similarIntro", { buurt: of.name, features, year: similar.year })}</p>
          <ul className="utrecht-unordered-list">
            {similar.buurten.map((entry) => (
              <li key={entry.code} className="utrecht-unordered-list__item" data-buurt={entry.code}>
                <a className="utrecht-link" href={routes.buurt(locale, entry.code)}>
                  {t("similarLink", { buurt: entry.buurt.name, wijk: entry.buurt.wijkName })}
                </a>
                {" · "}
                <a className="utrecht-link" href={routes.compare(locale, [of.code, entry.code])}>
                  {t("similarCompare", { buurt: entry.buurt.name })}
                </a>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={routes.compare(locale, together)}>
              {t("compareAll", { buurt: of.name })}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
