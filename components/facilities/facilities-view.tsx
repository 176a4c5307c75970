import { useTranslations } from "next-intl";
import { ChoiceForm } from "@/components/choropleth/choice-form.tsx";
import { ChoroplethMap, mapUnit } from "@/components/choropleth/choropleth-map.tsx";
import { MapInfo } from "@/components/choropleth/map-info.tsx";
import { type LegendEntry, MapLegend } from "@/components/choropleth/map-legend.tsx";
import { type SortLink, SortableTable } from "@/components/tables/sortable-table.tsx";
import { type FacilitiesQuery, RING_RADII } from "@/lib/facilities/facilities-query.ts";
import { FACILITY_TYPE_CODES, facilityType } from "@/lib/facilities/facility-types.ts";
import type { ReachView } from "@/lib/facilities/get-facility-reach.ts";
import { REACH_CLASS_COUNT, reachClass, reachClassRange } from "@/lib/facilities/reach-classes.ts";
import { tableSort } from "@/lib/maps/table-sort.ts";
import type { FacilitiesPageData } from "@/lib/pages/load-facilities-page.ts";
import { formatShare } from "@/lib/i18n/format-figures.ts";
import { routes } from "@/lib/routes.ts";
import { FacilityIcon, FacilityMarker } from "./facility-marker.tsx";

type SortKey = NonNullable<FacilitiesQuery["sorteer"]>;

interface FacilitiesViewProps {
  locale: "nl" | "en";
  data: FacilitiesPageData;
  query: FacilitiesQuery;
}

const percent = (share: number, locale: string) => formatShare(locale, share);

/** Map with reach classes, facilities and their rings, the legend, and the same figures as tables. */
export function FacilitiesView({ locale, data, query }: FacilitiesViewProps) {
  const t = useTranslations("facilities");
  const tMap = useTranslations("map");
  const type = facilityType(data.type);
  const typeName = locale === "en" ? type.pluralEn : type.pluralNl;
  const radius = Number(query.bereik ?? "800");
  const path = routes.facilities(locale);
  const metres = (value: number) => t("metres", { value: Math.round(value) });
  const buurtNames = new Map(data.shapes.buurten.map((buurt) => [buurt.code, buurt.name]));
  const mapClassOf = (reach: ReachView | undefined) => (reach ? reachClass(reach.meanMeters) : ("no-data" as const));

  const label = (name: string, wijk: string, reach: ReachView | undefined) =>
    reach
      ? t("areaLabel", { buurt: name, wijk, type: typeName, distance: metres(reach.meanMeters), share: percent(reach.within800, locale) })
      : t("areaLabelNone", { buurt: name, wijk, type: typeName });

  const classWords = (mapClass: number) => {
    const { from, to } = reachClassRange(mapClass);
    return to === null ? t("classBeyond", { from }) : t("classRange", { from, to });
  };
  const countOf = (mapClass: number | "no-data") => data.shapes.buurten.filter((buurt) => mapClassOf(data.reach.get(buurt.code)) === mapClass).length;
  const legend: LegendEntry[] = [
    ...Array.from({ length: REACH_CLASS_COUNT }, (_, index) => index + 1).map((mapClass) => ({
      mapClass,
      label: classWords(mapClass),
      count: tMap("buurtCount", { count: countOf(mapClass) }),
    })),
    { mapClass: "no-data" as const, label: t("legendNone", { type: typeName }), count: tMap("buurtCount", { count: countOf("no-data") }) },
  ];

  const unit = mapUnit(data.shapes.viewBox);
  const overlay = (
    <g aria-hidden="true">
      {data.facilities.map((facility) => (
        <circle key={`ring-${facility.id}`} cx={facility.svgX} cy={facility.svgY} r={radius} className="buurtbeeld-reach-ring" />
      ))}
      {data.facilities.map((facility) => (
        <FacilityMarker key={facility.id} x={facility.svgX} y={facility.svgY} size={14 * unit} icon={type.icon} />
      ))}
    </g>
  );

  const order = tableSort<SortKey>({
    path,
    view: { soort: data.type, bereik: query.bereik },
    anchor: "bereik-tabel",
    query,
    defaultKey: "afstand",
    descendingFirst: (key) => key === "afstand",
  });
  const sortLink = (key: SortKey): SortLink => {
    const link = order.link(key);
    return { href: link.href, sort: link.sort, action: tMap(link.nextDescending ? "sortDescending" : "sortAscending") };
  };
  const direction = order.descending ? -1 : 1;
  const rows = data.shapes.buurten.map((buurt) => ({ buurt, reach: data.reach.get(buurt.code) }));
  const value = (row: (typeof rows)[number]): number | null => {
    if (!row.reach) return null;
    if (order.key === "afstand") return row.reach.meanMeters;
    if (order.key === "binnen400") return row.reach.within400;
    if (order.key === "binnen800") return row.reach.within800;
    if (order.key === "binnen1200") return row.reach.within1200;
    return null;
  };
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.buurt.name.localeCompare(b.buurt.name, locale) || a.buurt.code.localeCompare(b.buurt.code);
  const sorted = [...rows].sort((a, b) => {
    if (order.key === "buurt") return direction * byName(a, b);
    const [va, vb] = [value(a), value(b)];
    if (va === null || vb === null) return Number(va === null) - Number(vb === null) || byName(a, b);
    return direction * (va - vb) || byName(a, b);
  });
  const counts = new Map(data.counts.map((count) => [count.type, count]));
  const chosen = counts.get(data.type)!;

  return (
    <>
      <ChoiceForm
        action={path}
        heading={t("pickerHeading")}
        submit={t("submit")}
        fields={[
          {
            id: "facility-type",
            name: "soort",
            label: t("typeLabel"),
            value: data.type,
            options: FACILITY_TYPE_CODES.map((code) => {
              const entry = facilityType(code);
              return { value: code, label: t("typeOption", { type: locale === "en" ? entry.pluralEn : entry.pluralNl, count: counts.get(code)?.inside ?? 0 }) };
            }),
          },
          {
            id: "facility-ring",
            name: "bereik",
            label: t("ringLabel"),
            value: String(radius),
            options: RING_RADII.map((value) => ({ value, label: metres(Number(value)) })),
            narrow: true,
          },
        ]}
      />
      <div className="buurtbeeld-map-layout">
        <MapInfo hint={tMap("infoHint")} open={tMap("infoOpen")}>
          <ChoroplethMap
            idPrefix="voorzieningen"
            title={t("mapTitle", { type: typeName })}
            description={t("mapDescription", { type: typeName, radius: metres(radius) })}
            viewBox={data.shapes.viewBox}
            areas={data.shapes.buurten.map((buurt) => {
              const reach = data.reach.get(buurt.code);
              return { code: buurt.code, label: label(buurt.name, buurt.wijkName, reach), d: buurt.d, href: routes.buurt(locale, buurt.code), mapClass: mapClassOf(reach) };
            })}
            outlines={data.shapes.outlines}
            overlay={overlay}
          />
        </MapInfo>
        <div>
          <MapLegend idPrefix="voorzieningen-legend" heading={t("legendHeading", { type: typeName })} entries={legend} />
          <ul className="buurtbeeld-symbol-legend" aria-label={t("symbolsHeading")}>
            <li className="buurtbeeld-symbol-legend__item">
              <FacilityIcon icon={type.icon} />
              <span>{t("legendMarker", { type: typeName, inside: chosen.inside, nearby: chosen.nearby })}</span>
            </li>
            <li className="buurtbeeld-symbol-legend__item">
              <svg viewBox="0 0 32 20" className="buurtbeeld-symbol-legend__swatch" aria-hidden="true" focusable="false">
                <circle cx={16} cy={10} r={8} className="buurtbeeld-reach-ring" />
              </svg>
              <span>{t("legendRing", { radius: metres(radius) })}</span>
            </li>
          </ul>
          <p className="utrecht-paragraph">{t("method")}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="#bereik-tabel">
              {tMap("tableLink")}
            </a>
            {" · "}
            <a className="utrecht-link" href="#voorzieningen-lijst">
              {t("listLink", { type: typeName })}
            </a>
          </p>
        </div>
      </div>
      <SortableTable
        id="bereik-tabel"
        caption={t("tableCaption", { type: typeName })}
        columns={[
          { heading: tMap("columnBuurt"), sort: sortLink("buurt") },
          { heading: tMap("columnWijk") },
          { heading: t("columnDistance"), sort: sortLink("afstand"), numeric: true },
          { heading: t("columnWithin", { radius: 400 }), sort: sortLink("binnen400"), numeric: true },
          { heading: t("columnWithin", { radius: 800 }), sort: sortLink("binnen800"), numeric: true },
          { heading: t("columnWithin", { radius: 1200 }), sort: sortLink("binnen1200"), numeric: true },
        ]}
        rows={sorted.map(({ buurt, reach }) => ({
          key: buurt.code,
          header: (
            <a href={routes.buurt(locale, buurt.code)} className="utrecht-link">
              {buurt.name}
            </a>
          ),
          cells: reach
            ? [buurt.wijkName, metres(reach.meanMeters), percent(reach.within400, locale), percent(reach.within800, locale), percent(reach.within1200, locale)]
            : [buurt.wijkName, t("none"), t("none"), t("none"), t("none")],
          data: { "data-buurt": buurt.code, "data-class": String(mapClassOf(reach)), ...(reach ? { "data-meters": String(Math.round(reach.meanMeters)) } : {}) },
        }))}
      />
      <SortableTable
        id="voorzieningen-lijst"
        caption={t("listCaption", { type: typeName, count: data.facilities.length })}
        columns={[{ heading: t("columnName") }, { heading: t("columnWhere") }]}
        rows={data.facilities.map((facility) => ({
          key: String(facility.id),
          header: facility.name ?? (locale === "en" ? type.nameEn : type.nameNl),
          cells: [
            facility.buurtCode ? (
              <a href={routes.buurt(locale, facility.buurtCode)} className="utrecht-link">
                {buurtNames.get(facility.buurtCode) ?? facility.buurtCode}
              </a>
            ) : (
              t("outsideGemeente")
            ),
          ],
          data: { "data-facility": String(facility.id) },
        }))}
      />
    </>
  );
}
