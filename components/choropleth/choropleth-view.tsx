import { useTranslations } from "next-intl";
import { formatIndicatorCell } from "@/lib/figures/format-indicator-cell.ts";
import { indicatorLegendEntries } from "@/lib/maps/indicator-legend.ts";
import { mapAreaLabel } from "@/lib/maps/map-area-label.ts";
import type { MapQuery } from "@/lib/maps/map-query.ts";
import type { MapPageData } from "@/lib/pages/load-map-page.ts";
import { tableSort } from "@/lib/maps/table-sort.ts";
import { routes } from "@/lib/routes.ts";
import { ChoroplethMap } from "./choropleth-map.tsx";
import { IndicatorPicker } from "./indicator-picker.tsx";
import { MapInfo } from "./map-info.tsx";
import { MapSwitch } from "./map-switch.tsx";
import { type LegendEntry, MapLegend } from "./map-legend.tsx";
import { type MapTableRow, MapValueTable, type SortableColumn } from "./map-value-table.tsx";

interface ChoroplethViewProps {
  locale: "nl" | "en";
  data: MapPageData;
  query: MapQuery;
  /** The page the picker and the sort links lead to (home or /kaart). */
  path: string;
  /** How to read the map, beside it rather than above it: on a phone the map comes first. */
  intro?: string;
  /** The configured basemap under the interactive map, or null for our own boundaries only. */
  basemap: { style: string; attribution: string } | null;
}

/** Picker, SVG map, legend and sortable table of one indicator: the same values in every part. */
export function ChoroplethView({ locale, data, query, path, intro, basemap }: ChoroplethViewProps) {
  const t = useTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const indicatorName = data.indicator.name[locale];
  const valueText = (buurt: MapPageData["buurten"][number]) => formatIndicatorCell(buurt, data.indicator.rateScale, locale, tr);
  const classCount = data.classes.length;
  const classWords = (mapClass: MapPageData["buurten"][number]["mapClass"]) =>
    typeof mapClass === "number"
      ? t("map.classShort", { index: mapClass, count: classCount })
      : mapClass === "suppressed"
        ? t("release.SUPPRESSED")
        : t("release.NO_DATA");

  const legend: LegendEntry[] = indicatorLegendEntries(data, locale, tr);

  const order = tableSort({
    path,
    view: { indicator: data.indicator.code, jaar: data.year },
    anchor: "kaart-tabel",
    query,
    defaultKey: "buurt",
    descendingFirst: (key) => key === "waarde",
  });
  const sortKey = order.key;
  const descending = order.descending;
  const column = (key: "buurt" | "waarde", heading: string): SortableColumn => {
    const link = order.link(key);
    return { key, heading, href: link.href, sort: link.sort, action: t(link.nextDescending ? "map.sortDescending" : "map.sortAscending") };
  };
  const direction = descending ? -1 : 1;
  const sorted = [...data.buurten].sort(
    (a, b) =>
      (sortKey === "waarde" ? compareValues(a, b, direction) : direction * a.name.localeCompare(b.name, locale)) || a.code.localeCompare(b.code),
  );
  const rows: MapTableRow[] = sorted.map((buurt) => ({
    code: buurt.code,
    name: buurt.name,
    href: routes.buurt(locale, buurt.code),
    wijk: buurt.wijkName,
    value: valueText(buurt),
    classLabel: classWords(buurt.mapClass),
    status: buurt.status,
  }));

  return (
    <>
      <IndicatorPicker
        action={path}
        labels={{ heading: t("map.pickerHeading"), indicator: t("map.indicatorLabel"), year: t("map.yearLabel"), submit: t("map.submit") }}
        themes={data.themes.map((theme) => ({
          code: theme.code,
          name: theme.name[locale],
          indicators: theme.indicators.map((indicator) => ({ code: indicator.code, name: indicator.name[locale] })),
        }))}
        indicator={data.indicator.code}
        years={data.years}
        year={data.year}
      />
      <div className="buurtbeeld-map-layout">
        <MapSwitch
          show={t("map.interactiveShow")}
          hide={t("map.interactiveHide")}
          dataUrl={`${path}/gebieden?${new URLSearchParams({ indicator: data.indicator.code, jaar: String(data.year) })}`}
          basemap={basemap}
          labels={{
            region: t("map.interactiveRegion", { indicator: indicatorName, year: data.year }),
            open: t("map.infoOpen"),
            loading: t("map.interactiveLoading"),
            failed: t("map.interactiveFailed"),
            attribution: t("map.attribution"),
            jump: t("map.jumpLabel"),
            jumpHint: t("map.jumpHint"),
          }}
        >
        <MapInfo hint={t("map.infoHint")} open={t("map.infoOpen")}>
        <ChoroplethMap
          idPrefix="choropleth"
          title={t("map.mapTitle", { indicator: indicatorName, year: data.year })}
          description={t("map.mapDescription")}
          viewBox={data.viewBox}
          areas={data.buurten.map((buurt) => ({
            code: buurt.code,
            label: mapAreaLabel(buurt, { rateScale: data.indicator.rateScale, year: data.year }, locale, tr),
            d: buurt.d,
            href: routes.buurt(locale, buurt.code),
            mapClass: buurt.mapClass,
          }))}
          outlines={data.outlines}
        />
        </MapInfo>
        </MapSwitch>
        <div>
          <MapLegend idPrefix="map-legend" heading={t("map.legendHeading", { indicator: indicatorName, year: data.year })} entries={legend} />
          <p className="utrecht-paragraph">{t("map.definition", { definition: data.indicator.definition[locale] })}</p>
          {intro && <p className="utrecht-paragraph">{intro}</p>}
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="#kaart-tabel">
              {t("map.tableLink")}
            </a>
          </p>
        </div>
      </div>
      <MapValueTable
        id="kaart-tabel"
        caption={t("map.tableCaption", { indicator: indicatorName, year: data.year })}
        columns={{
          name: column("buurt", t("map.columnBuurt")),
          wijk: t("map.columnWijk"),
          value: column("waarde", t("map.columnValue")),
          classLabel: t("map.columnClass"),
        }}
        rows={rows}
      />
    </>
  );
}

/** Published rates in the chosen direction; suppressed and then missing values always after them. */
function compareValues(a: MapPageData["buurten"][number], b: MapPageData["buurten"][number], direction: number): number {
  const rank = (buurt: MapPageData["buurten"][number]) => (buurt.rate !== null && buurt.status === "PUBLISHED" ? 0 : buurt.status === "SUPPRESSED" ? 1 : 2);
  return rank(a) - rank(b) || direction * ((a.rate ?? 0) - (b.rate ?? 0));
}
