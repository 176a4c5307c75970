import { useTranslations } from "next-intl";
import { AreaMap } from "@/components/area-map/area-map.tsx";
import { ChoiceForm } from "@/components/choropleth/choice-form.tsx";
import { FigureLegend } from "@/components/figures/figure-legend.tsx";
import { FigureTable } from "@/components/figures/figure-table.tsx";
import { IndicatorTable } from "@/components/indicators/indicator-table.tsx";
import { ReleaseLegend } from "@/components/indicators/release-legend.tsx";
import { MAX_COMPARED } from "@/lib/compare/compare-query.ts";
import { formatIndicatorCell } from "@/lib/figures/format-indicator-cell.ts";
import { toFigureTable } from "@/lib/figures/to-figure-table.ts";
import type { ComparePageData } from "@/lib/pages/load-compare-page.ts";
import { routes } from "@/lib/routes.ts";
import { SimilarBuurtenList } from "./similar-buurten-list.tsx";

/** The picker, where the chosen buurten lie, their figures side by side, and buurten like the first. */
export function CompareView({ locale, data }: { locale: "nl" | "en"; data: ComparePageData }) {
  const t = useTranslations("compare");
  const tAll = useTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => tAll(key as never, values as never);
  const { grid, chosen } = data;
  const byWijk = [...new Set(grid.buurten.map((buurt) => buurt.wijkName))].map((wijk) => ({
    label: wijk,
    options: grid.buurten.filter((buurt) => buurt.wijkName === wijk).map((buurt) => ({ value: buurt.code, label: buurt.name })),
  }));
  const chosenCodes = new Set(chosen.map((buurt) => buurt.code));
  const columns = [
    ...chosen.map((buurt, index) => ({ key: buurt.code, heading: t("columnHeading", { index: index + 1, buurt: buurt.name }) })),
    { key: grid.gemeente.code, heading: t("gemeenteColumn", { gemeente: grid.gemeente.name }) },
  ];
  const cbs = data.figures ? toFigureTable(data.figures, columns.map((column) => ({ code: column.key, heading: column.heading })), { locale, t: tAll as never }) : null;
  // The newest CBS table may hold the gemeente only; without the buurten it compares nothing.
  const figures = cbs?.columns.some((column) => chosenCodes.has(column.code)) ? cbs : null;

  return (
    <>
      <ChoiceForm
        action={routes.compare(locale)}
        heading={t("pickerHeading")}
        submit={t("submit")}
        fields={Array.from({ length: MAX_COMPARED }, (_, index) => ({
          id: `compare-buurt-${index + 1}`,
          name: "buurt",
          label: t("buurtLabel", { index: index + 1 }),
          value: chosen[index]?.code ?? "",
          options: [{ value: "", label: t("noChoice") }],
          groups: byWijk,
        }))}
      />
      {chosen.length < 2 && <p className="utrecht-paragraph" role="status">{t("pickMore")}</p>}
      {chosen.length > 0 && (
        <>
          <AreaMap
            idPrefix="compare-map"
            className="buurtbeeld-compare-map"
            title={t("mapTitle")}
            description={t("mapDescription")}
            viewBox={grid.viewBox}
            shapes={grid.buurten.map((buurt) => ({
              code: buurt.code,
              label: t("similarLink", { buurt: buurt.name, wijk: buurt.wijkName }),
              d: buurt.d,
              ...(chosenCodes.has(buurt.code) ? { current: true } : { href: routes.buurt(locale, buurt.code) }),
            }))}
            outlines={grid.outlines}
          />
          {data.themes.map((theme) => (
            <IndicatorTable
              key={theme.code}
              caption={t("themeCaption", { theme: theme.name[locale], year: grid.year })}
              firstColumn={tAll("release.indicatorColumn")}
              columns={columns}
              rows={theme.rows.map((row) => ({
                key: row.indicator.code,
                label: row.indicator.name[locale],
                description: row.indicator.definition[locale],
                cells: [
                  ...row.cells.map((cell, index) => ({
                    text: formatIndicatorCell(cell, row.indicator.rateScale, locale, tr),
                    status: cell.status,
                    mark: row.standsOut[index] ? t("standsOutMark") : undefined,
                  })),
                  { text: formatIndicatorCell(row.gemeente, row.indicator.rateScale, locale, tr), status: row.gemeente.status },
                ],
              }))}
            />
          ))}
          <p className="utrecht-paragraph">{t("standsOutLegend")}</p>
          <ReleaseLegend explanationHref={routes.explanation(locale)} />
          {figures && data.figures && (
            <>
              <h2 className="utrecht-heading-2">{t("figuresHeading")}</h2>
              <FigureTable
                caption={`${t("figuresHeading")}, ${data.figures.year}`}
                figureHeading={tAll("buurt.figureColumn")}
                unitHeading={tAll("buurt.unitColumn")}
                columns={figures.columns.map((column) => ({ key: column.code, heading: column.heading }))}
                groups={figures.groups}
              />
              <FigureLegend />
            </>
          )}
        </>
      )}
      {data.similar && <SimilarBuurtenList locale={locale} similar={data.similar} headingId="vergelijkbare-buurten" />}
    </>
  );
}
