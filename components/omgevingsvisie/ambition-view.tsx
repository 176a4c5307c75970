import { useTranslations } from "next-intl";
import { ChoroplethMap } from "@/components/choropleth/choropleth-map.tsx";
import { MapInfo } from "@/components/choropleth/map-info.tsx";
import { type LegendEntry, MapLegend } from "@/components/choropleth/map-legend.tsx";
import { SortableTable } from "@/components/tables/sortable-table.tsx";
import { overlapClass, overlapClassRange } from "@/lib/omgevingsvisie/overlap-classes.ts";
import type { AmbitionWithShape } from "@/lib/pages/load-visie-page.ts";
import type { DivisionShapes } from "@/lib/pages/load-division-shapes.ts";
import { formatShare } from "@/lib/i18n/format-figures.ts";
import { routes } from "@/lib/routes.ts";

const percent = (share: number, locale: string) => formatShare(locale, share);

/** One ambition's area over the buurten, coloured by how much of each buurt it covers, and the same as a table. */
export function AmbitionView({ locale, ambition, shapes }: { locale: "nl" | "en"; ambition: AmbitionWithShape; shapes: DivisionShapes }) {
  const t = useTranslations("visie");
  const tMap = useTranslations("map");
  const shares = new Map(ambition.buurten.map((buurt) => [buurt.code, buurt]));
  const byCode = new Map(shapes.buurten.map((buurt) => [buurt.code, buurt]));
  const label = (name: string, wijk: string, share: number | undefined) =>
    share === undefined ? t("buurtNotTouched", { buurt: name, wijk }) : t("buurtTouched", { buurt: name, wijk, share: percent(share, locale) });
  const countOf = (mapClass: number) => shapes.buurten.filter((buurt) => overlapClass(shares.get(buurt.code)?.shareOfBuurt) === mapClass).length;
  const legend: LegendEntry[] = [5, 4, 3, 2, 1].map((mapClass) => {
    if (mapClass === 1) return { mapClass, label: t("classNone"), count: tMap("buurtCount", { count: countOf(1) }) };
    const { from, to } = overlapClassRange(mapClass);
    return { mapClass, label: t("classRange", { from: percent(from, locale), to: percent(to, locale) }), count: tMap("buurtCount", { count: countOf(mapClass) }) };
  });

  return (
    <>
      <h2 className="utrecht-heading-2">{t("whereHeading")}</h2>
      <div className="buurtbeeld-map-layout">
        <MapInfo hint={tMap("infoHint")} open={tMap("infoOpen")}>
          <ChoroplethMap
            idPrefix="ambitie"
            title={t("ambitionMapTitle", { title: ambition.title[locale] })}
            description={t("ambitionMapDescription", { count: ambition.buurten.length })}
            viewBox={shapes.viewBox}
            areas={shapes.buurten.map((buurt) => {
              const share = shares.get(buurt.code)?.shareOfBuurt;
              return { code: buurt.code, label: label(buurt.name, buurt.wijkName, share), d: buurt.d, href: routes.buurt(locale, buurt.code), mapClass: overlapClass(share) };
            })}
            outlines={shapes.outlines}
            overlay={<path d={ambition.d} className="buurtbeeld-plan-area" fillRule="evenodd" aria-hidden="true" />}
          />
        </MapInfo>
        <div>
          <MapLegend idPrefix="ambitie-legend" heading={t("ambitionLegendHeading")} entries={legend} />
          <ul className="buurtbeeld-symbol-legend">
            <li className="buurtbeeld-symbol-legend__item">
              <svg viewBox="0 0 32 20" className="buurtbeeld-symbol-legend__swatch" aria-hidden="true" focusable="false">
                <rect x={2} y={2} width={28} height={16} className="buurtbeeld-plan-area" />
              </svg>
              <span>{t("legendArea")}</span>
            </li>
          </ul>
          <p className="utrecht-paragraph">{t("overlapMethod")}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="#ambitie-buurten">
              {tMap("tableLink")}
            </a>
          </p>
        </div>
      </div>
      <SortableTable
        id="ambitie-buurten"
        caption={t("buurtenCaption", { title: ambition.title[locale], count: ambition.buurten.length })}
        columns={[{ heading: tMap("columnBuurt") }, { heading: tMap("columnWijk") }, { heading: t("columnShareOfBuurt"), numeric: true }, { heading: t("columnShareOfAmbition"), numeric: true }]}
        rows={ambition.buurten.map((overlap) => {
          const buurt = byCode.get(overlap.code);
          return {
            key: overlap.code,
            header: (
              <a className="utrecht-link" href={routes.buurt(locale, overlap.code)}>
                {buurt?.name ?? overlap.code}
              </a>
            ),
            cells: [buurt?.wijkName ?? "", percent(overlap.shareOfBuurt, locale), percent(overlap.shareOfAmbition, locale)],
            data: { "data-buurt": overlap.code, "data-share": String(overlap.shareOfBuurt) },
          };
        })}
      />
    </>
  );
}
