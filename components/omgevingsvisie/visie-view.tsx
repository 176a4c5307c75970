import { useTranslations } from "next-intl";
import { SortableTable } from "@/components/tables/sortable-table.tsx";
import { VISIE_THEME_CODES, visieThemeName } from "@/lib/omgevingsvisie/visie-themes.ts";
import type { VisiePageData } from "@/lib/pages/load-visie-page.ts";
import { routes } from "@/lib/routes.ts";
import { ThemeSwatch, VisieMap } from "./visie-map.tsx";

/** The ambitions on one map, then by theme as a list, then as a table with the buurten they touch. */
export function VisieView({ locale, data }: { locale: "nl" | "en"; data: VisiePageData }) {
  const t = useTranslations("visie");
  const themeName = (code: string) => visieThemeName(code, locale);
  const buurtNames = new Map(data.shapes.buurten.map((buurt) => [buurt.code, buurt.name]));
  const buurtList = (codes: string[]) => (codes.length === 0 ? t("noBuurten") : codes.map((code) => buurtNames.get(code) ?? code).join(", "));
  const themes = VISIE_THEME_CODES.filter((code) => data.ambitions.some((ambition) => ambition.theme === code));
  const largestFirst = [...data.ambitions].sort((a, b) => b.drawSize - a.drawSize);

  return (
    <>
      <div className="buurtbeeld-map-layout">
        <VisieMap
          title={t("mapTitle")}
          description={t("mapDescription", { count: data.ambitions.length })}
          viewBox={data.shapes.viewBox}
          buurten={data.shapes.buurten}
          outlines={data.shapes.outlines}
          areas={largestFirst.map((ambition) => ({
            id: ambition.id,
            theme: ambition.theme,
            label: t("areaLabel", { title: ambition.title[locale], theme: themeName(ambition.theme), count: ambition.buurten.length }),
            href: routes.ambition(locale, ambition.id),
            d: ambition.d,
          }))}
        />
        <div>
          <p className="buurtbeeld-map-legend__heading" id="visie-legend-heading">
            {t("legendHeading")}
          </p>
          <ul className="buurtbeeld-symbol-legend" aria-labelledby="visie-legend-heading">
            {themes.map((code) => (
              <li key={code} className="buurtbeeld-symbol-legend__item">
                <ThemeSwatch theme={code} />
                <span>{t("legendTheme", { theme: themeName(code), count: data.ambitions.filter((ambition) => ambition.theme === code).length })}</span>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph">{t("mapHint")}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="#ambities-tabel">
              {t("tableLink")}
            </a>
          </p>
        </div>
      </div>
      {themes.map((code) => (
        <section key={code} aria-labelledby={`thema-${code}`}>
          <h2 className="utrecht-heading-2" id={`thema-${code}`}>
            <ThemeSwatch theme={code} /> {themeName(code)}
          </h2>
          <ul className="buurtbeeld-ambition-list">
            {data.ambitions
              .filter((ambition) => ambition.theme === code)
              .map((ambition) => (
                <li key={ambition.id} className="buurtbeeld-ambition-list__item" data-ambition={ambition.id}>
                  <h3 className="utrecht-heading-3">
                    <a className="utrecht-link" href={routes.ambition(locale, ambition.id)}>
                      {ambition.title[locale]}
                    </a>
                  </h3>
                  <p className="utrecht-paragraph">
                    {t(`status.${ambition.status}`)}
                    {ambition.isDemo ? ` · ${t("demoMark")}` : ""} · {t("touches", { count: ambition.buurten.length })}
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <SortableTable
        id="ambities-tabel"
        caption={t("tableCaption")}
        columns={[{ heading: t("columnAmbition") }, { heading: t("columnTheme") }, { heading: t("columnStatus") }, { heading: t("columnBuurten") }]}
        rows={data.ambitions.map((ambition) => ({
          key: ambition.id,
          header: (
            <a className="utrecht-link" href={routes.ambition(locale, ambition.id)}>
              {ambition.title[locale]}
            </a>
          ),
          cells: [themeName(ambition.theme), t(`status.${ambition.status}`), buurtList(ambition.buurten.map((buurt) => buurt.code))],
          data: { "data-ambition": ambition.id, "data-buurten": String(ambition.buurten.length) },
        }))}
      />
    </>
  );
}
