import { useTranslations } from "next-intl";
import { ChoiceForm } from "@/components/choropleth/choice-form.tsx";
import { ChoroplethMap } from "@/components/choropleth/choropleth-map.tsx";
import { MapInfo } from "@/components/choropleth/map-info.tsx";
import { type LegendEntry, MapLegend } from "@/components/choropleth/map-legend.tsx";
import { type SortLink, SortableTable } from "@/components/tables/sortable-table.tsx";
import { NEED_REACH_MAP_CLASS, type NeedReachCategory } from "@/lib/facilities/classify-need-reach.ts";
import { FACILITY_TYPE_CODES, facilityType } from "@/lib/facilities/facility-types.ts";
import { FAR_METRES } from "@/lib/facilities/need-reach-pairs.ts";
import type { NeedReachQuery } from "@/lib/facilities/need-reach-query.ts";
import { formatIndicatorCell } from "@/lib/figures/format-indicator-cell.ts";
import { tableSort } from "@/lib/maps/table-sort.ts";
import type { NeedReachBuurt, NeedReachPageData } from "@/lib/pages/load-need-reach-page.ts";
import { indicatorOptionGroups } from "@/lib/maps/indicator-option-groups.ts";
import { routes } from "@/lib/routes.ts";

type SortKey = NonNullable<NeedReachQuery["sorteer"]>;
const LEGEND_ORDER: NeedReachCategory[] = ["both", "need", "far", "neither", "suppressed", "no-data"];

/** Where a need is high and the facility that answers it is far: map, legend and table. */
export function NeedReachView({ locale, data, query }: { locale: "nl" | "en"; data: NeedReachPageData; query: NeedReachQuery }) {
  const t = useTranslations("needReach");
  const tFacilities = useTranslations("facilities");
  const tMap = useTranslations("map");
  const tAll = useTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => tAll(key as never, values as never);
  const { grid } = data;
  const need = data.need.name[locale];
  const type = facilityType(data.type);
  const typeName = locale === "en" ? type.nameEn : type.nameNl;
  const metres = (value: number) => tFacilities("metres", { value: Math.round(value) });
  const far = metres(FAR_METRES);
  const needText = (buurt: NeedReachBuurt) => formatIndicatorCell(buurt.need, data.need.rateScale, locale, tr);
  const distanceText = (buurt: NeedReachBuurt) => (buurt.reach ? metres(buurt.reach.meanMeters) : tFacilities("none"));
  const categoryWords = (category: NeedReachCategory) => t(`category.${category}`, { need, type: typeName, far });
  const label = (buurt: NeedReachBuurt) =>
    t("areaLabel", { buurt: buurt.name, wijk: buurt.wijkName, need, value: needText(buurt), type: typeName, distance: distanceText(buurt), category: categoryWords(buurt.category) });

  const countOf = (category: NeedReachCategory) => data.buurten.filter((buurt) => buurt.category === category).length;
  const legend: LegendEntry[] = LEGEND_ORDER.map((category) => ({
    mapClass: NEED_REACH_MAP_CLASS[category],
    label: categoryWords(category),
    count: tMap("buurtCount", { count: countOf(category) }),
  }));
  const highlighted = data.buurten.filter((buurt) => buurt.category === "both");

  const path = routes.needReach(locale);
  const order = tableSort<SortKey>({
    path,
    view: { behoefte: data.need.code, soort: data.type, jaar: grid.year },
    anchor: "behoefte-tabel",
    query,
    defaultKey: "behoefte",
    descendingFirst: (key) => key !== "buurt",
  });
  const sortLink = (key: SortKey): SortLink => {
    const link = order.link(key);
    return { href: link.href, sort: link.sort, action: tMap(link.nextDescending ? "sortDescending" : "sortAscending") };
  };
  const direction = order.descending ? -1 : 1;
  const byName = (a: NeedReachBuurt, b: NeedReachBuurt) => a.name.localeCompare(b.name, locale) || a.code.localeCompare(b.code);
  const valueOf = (buurt: NeedReachBuurt) => (order.key === "afstand" ? (buurt.reach?.meanMeters ?? null) : buurt.need.status === "PUBLISHED" ? buurt.need.rate : null);
  const sorted = [...data.buurten].sort((a, b) => {
    if (order.key === "buurt") return direction * byName(a, b);
    const [va, vb] = [valueOf(a), valueOf(b)];
    if (va === null || vb === null) return Number(va === null) - Number(vb === null) || byName(a, b);
    return direction * (va - vb) || byName(a, b);
  });

  const needOptions = indicatorOptionGroups(grid.themes, grid.indicators, locale);

  return (
    <>
      <ChoiceForm
        action={path}
        heading={t("pickerHeading")}
        submit={t("submit")}
        fields={[
          { id: "need-indicator", name: "behoefte", label: t("needLabel"), value: data.need.code, groups: needOptions },
          {
            id: "need-type",
            name: "soort",
            label: tFacilities("typeLabel"),
            value: data.type,
            options: FACILITY_TYPE_CODES.map((code) => ({ value: code, label: locale === "en" ? facilityType(code).pluralEn : facilityType(code).pluralNl })),
          },
          ...(grid.years.length > 1
            ? [{ id: "need-year", name: "jaar", label: tMap("yearLabel"), value: String(grid.year), options: grid.years.map((year) => ({ value: String(year), label: String(year) })), narrow: true }]
            : []),
        ]}
      />
      <div className="buurtbeeld-map-layout">
        <MapInfo hint={tMap("infoHint")} open={tMap("infoOpen")}>
          <ChoroplethMap
            idPrefix="behoefte"
            title={t("mapTitle", { need, type: typeName, year: grid.year })}
            description={t("mapDescription", { need, type: typeName, far })}
            viewBox={grid.viewBox}
            areas={data.buurten.map((buurt) => ({ code: buurt.code, label: label(buurt), d: buurt.d, href: routes.buurt(locale, buurt.code), mapClass: NEED_REACH_MAP_CLASS[buurt.category] }))}
            outlines={grid.outlines}
          />
        </MapInfo>
        <div>
          <MapLegend idPrefix="behoefte-legend" heading={t("legendHeading", { year: grid.year })} entries={legend} />
          <p className="utrecht-paragraph">
            {highlighted.length === 0
              ? t("noneHighlighted", { need, type: typeName, far })
              : t("highlighted", { count: highlighted.length, names: highlighted.map((buurt) => buurt.name).join(", "), need, type: typeName, far })}
          </p>
          <p className="utrecht-paragraph">{t("method", { far })}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="#behoefte-tabel">
              {tMap("tableLink")}
            </a>
          </p>
        </div>
      </div>
      <SortableTable
        id="behoefte-tabel"
        caption={t("tableCaption", { need, type: typeName, year: grid.year })}
        columns={[
          { heading: tMap("columnBuurt"), sort: sortLink("buurt") },
          { heading: tMap("columnWijk") },
          { heading: need, sort: sortLink("behoefte"), numeric: true },
          { heading: t("columnDistance", { type: typeName }), sort: sortLink("afstand"), numeric: true },
          { heading: t("columnCategory") },
        ]}
        rows={sorted.map((buurt) => ({
          key: buurt.code,
          header: (
            <a href={routes.buurt(locale, buurt.code)} className="utrecht-link">
              {buurt.name}
            </a>
          ),
          cells: [buurt.wijkName, needText(buurt), distanceText(buurt), categoryWords(buurt.category)],
          data: { "data-buurt": buurt.code, "data-category": buurt.category },
        }))}
      />
    </>
  );
}
