import { useTranslations } from "next-intl";
import { ChoiceForm } from "@/components/choropleth/choice-form.tsx";
import { ChoroplethMap } from "@/components/choropleth/choropleth-map.tsx";
import { MapInfo } from "@/components/choropleth/map-info.tsx";
import { type LegendEntry, MapLegend } from "@/components/choropleth/map-legend.tsx";
import { type SortLink, SortableTable } from "@/components/tables/sortable-table.tsx";
import type { StackingQuery } from "@/lib/maps/stacking-query.ts";
import type { StackingBuurt, StackingPageData } from "@/lib/pages/load-stacking-page.ts";
import { tableSort } from "@/lib/maps/table-sort.ts";
import { routes } from "@/lib/routes.ts";

interface StackingViewProps {
  locale: "nl" | "en";
  data: StackingPageData;
  query: StackingQuery;
}

/** Map, legend and table of how many needs pile up per buurt: the same counts in every part. */
export function StackingView({ locale, data, query }: StackingViewProps) {
  const t = useTranslations("stacking");
  const tMap = useTranslations("map");
  const tRelease = useTranslations("release");
  const { grid } = data;
  const path = routes.stacking(locale);
  const names = new Map(data.counted.map((indicator) => [indicator.code, indicator.name[locale]]));

  const label = (buurt: StackingBuurt) => {
    if (buurt.known === 0) {
      const value = buurt.suppressed > 0 ? tRelease("SUPPRESSED") : tRelease("NO_DATA");
      return tMap("areaLabel", { buurt: buurt.name, wijk: buurt.wijkName, value });
    }
    const values = { buurt: buurt.name, wijk: buurt.wijkName, count: buurt.inWorstFifth.length, known: buurt.known, suppressed: buurt.suppressed };
    return buurt.suppressed > 0 ? t("areaLabelSuppressed", values) : t("areaLabel", values);
  };
  const classWords = (mapClass: { from: number; to: number }) =>
    mapClass.from === mapClass.to ? t("classSingle", { count: mapClass.from }) : t("classRange", { from: mapClass.from, to: mapClass.to });
  const countOf = (mapClass: StackingBuurt["mapClass"]) => data.buurten.filter((buurt) => buurt.mapClass === mapClass).length;
  const legend: LegendEntry[] = [
    ...data.classes.map((mapClass) => ({ mapClass: mapClass.index, label: classWords(mapClass), count: tMap("buurtCount", { count: mapClass.count }) })),
    { mapClass: "suppressed" as const, label: t("legendSuppressed"), count: tMap("buurtCount", { count: countOf("suppressed") }) },
    { mapClass: "no-data" as const, label: t("legendNoData"), count: tMap("buurtCount", { count: countOf("no-data") }) },
  ];

  const order = tableSort({
    path,
    view: { jaar: grid.year },
    anchor: "stapeling-tabel",
    query,
    defaultKey: "aantal",
    descendingFirst: (key) => key === "aantal",
  });
  const { key: sortKey, descending } = order;
  const sortLink = (key: "buurt" | "aantal"): SortLink => {
    const link = order.link(key);
    return { href: link.href, sort: link.sort, action: tMap(link.nextDescending ? "sortDescending" : "sortAscending") };
  };
  const direction = descending ? -1 : 1;
  const byName = (a: StackingBuurt, b: StackingBuurt) => a.name.localeCompare(b.name, locale) || a.code.localeCompare(b.code);
  // Buurten without any published need always last: their count is not zero, it is unknown.
  const byCount = (a: StackingBuurt, b: StackingBuurt) =>
    Number(a.known === 0) - Number(b.known === 0) || direction * (a.inWorstFifth.length - b.inWorstFifth.length) || byName(a, b);
  const sorted = [...data.buurten].sort(sortKey === "aantal" ? byCount : (a, b) => direction * byName(a, b));

  return (
    <>
      {grid.years.length > 1 && (
        <ChoiceForm
          action={path}
          heading={t("pickerHeading")}
          submit={t("submit")}
          fields={[{ id: "stacking-year", name: "jaar", label: tMap("yearLabel"), value: String(grid.year), options: grid.years.map((year) => ({ value: String(year), label: String(year) })), narrow: true }]}
        />
      )}
      <div className="buurtbeeld-map-layout">
        <MapInfo hint={tMap("infoHint")} open={tMap("infoOpen")}>
          <ChoroplethMap
            idPrefix="stapeling"
            title={t("mapTitle", { year: grid.year })}
            description={t("mapDescription")}
            viewBox={grid.viewBox}
            areas={data.buurten.map((buurt) => ({ code: buurt.code, label: label(buurt), d: buurt.d, href: routes.buurt(locale, buurt.code), mapClass: buurt.mapClass }))}
            outlines={grid.outlines}
          />
        </MapInfo>
        <div>
          <MapLegend idPrefix="stapeling-legend" heading={t("legendHeading", { year: grid.year })} entries={legend} />
          <p className="utrecht-paragraph">{t("intro", { count: data.counted.length, year: grid.year })}</p>
          <p className="utrecht-paragraph">{t("suppressedNote")}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="#stapeling-tabel">
              {tMap("tableLink")}
            </a>
          </p>
        </div>
      </div>
      <SortableTable
        id="stapeling-tabel"
        caption={t("tableCaption", { year: grid.year })}
        columns={[
          { heading: tMap("columnBuurt"), sort: sortLink("buurt") },
          { heading: tMap("columnWijk") },
          { heading: t("columnCount"), sort: sortLink("aantal"), numeric: true },
          { heading: t("columnIndicators") },
          { heading: t("columnSuppressed"), numeric: true },
        ]}
        rows={sorted.map((buurt) => ({
          key: buurt.code,
          header: (
            <a href={routes.buurt(locale, buurt.code)} className="utrecht-link">
              {buurt.name}
            </a>
          ),
          cells: [
            buurt.wijkName,
            buurt.known === 0 ? tRelease(buurt.suppressed > 0 ? "SUPPRESSED" : "NO_DATA") : t("countCell", { count: buurt.inWorstFifth.length, known: buurt.known }),
            buurt.inWorstFifth.length > 0 ? buurt.inWorstFifth.map((code) => names.get(code)).join(", ") : t("none"),
            String(buurt.suppressed),
          ],
          data: { "data-buurt": buurt.code, "data-count": String(buurt.inWorstFifth.length), "data-class": String(buurt.mapClass) },
        }))}
      />
    </>
  );
}
