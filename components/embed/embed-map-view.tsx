import { useTranslations } from "next-intl";
import { ChoroplethMap } from "@/components/choropleth/choropleth-map.tsx";
import { MapLegend } from "@/components/choropleth/map-legend.tsx";
import { SortableTable } from "@/components/tables/sortable-table.tsx";
import { formatIndicatorCell } from "@/lib/figures/format-indicator-cell.ts";
import { indicatorLegendEntries } from "@/lib/maps/indicator-legend.ts";
import { mapAreaLabel } from "@/lib/maps/map-area-label.ts";
import type { MapPageData } from "@/lib/pages/load-map-page.ts";
import { routes } from "@/lib/routes.ts";
import { NewTabLink } from "./new-tab-link.tsx";

interface EmbedMapViewProps {
  locale: "nl" | "en";
  data: MapPageData;
  view: "kaart" | "tabel";
  /** The widget's own address for each view, keeping the choice as the partner wrote it. */
  viewHrefs: { kaart: string; tabel: string };
}

/**
 * One indicator on every buurt, for a partner's frame: the portal's SVG map and legend, or
 * the same values as a table. No picker, no script; every buurt opens the portal in a new tab.
 */
export function EmbedMapView({ locale, data, view, viewHrefs }: EmbedMapViewProps) {
  const t = useTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const indicatorName = data.indicator.name[locale];
  const title = t("map.mapTitle", { indicator: indicatorName, year: data.year });
  const statusWords = (status: MapPageData["buurten"][number]["status"]) =>
    status === "PUBLISHED" ? t("embed.statusPublished") : t(`release.${status}`);
  const sorted = [...data.buurten].sort((a, b) => a.name.localeCompare(b.name, locale) || a.code.localeCompare(b.code));

  return (
    <>
      <h1 className="utrecht-heading-1">{title}</h1>
      <nav aria-label={t("embed.views")} className="buurtbeeld-embed-views">
        <ul className="buurtbeeld-embed-views__list">
          {(["kaart", "tabel"] as const).map((option) => (
            <li key={option}>
              <a className="utrecht-link utrecht-link--html-a" href={viewHrefs[option]} aria-current={option === view ? "page" : undefined}>
                {t(option === "kaart" ? "embed.viewMap" : "embed.viewTable")}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view === "kaart" ? (
        <div className="buurtbeeld-embed-map">
          <ChoroplethMap
            idPrefix="embed-map"
            title={title}
            description={t("embed.mapDescription")}
            viewBox={data.viewBox}
            areas={data.buurten.map((buurt) => ({
              code: buurt.code,
              label: mapAreaLabel(buurt, { rateScale: data.indicator.rateScale, year: data.year }, locale, tr),
              d: buurt.d,
              href: routes.buurt(locale, buurt.code),
              mapClass: buurt.mapClass,
            }))}
            outlines={data.outlines}
            newTab
          />
          <MapLegend idPrefix="embed-legend" heading={t("map.legendHeading", { indicator: indicatorName, year: data.year })} entries={indicatorLegendEntries(data, locale, tr)} />
        </div>
      ) : (
        <SortableTable
          id="embed-tabel"
          caption={t("map.tableCaption", { indicator: indicatorName, year: data.year })}
          columns={[{ heading: t("map.columnBuurt") }, { heading: t("map.columnValue"), numeric: true }, { heading: t("embed.columnStatus") }]}
          rows={sorted.map((buurt) => ({
            key: buurt.code,
            header: (
              <NewTabLink href={routes.buurt(locale, buurt.code)} hint={t("embed.newTab")}>
                {buurt.name}
              </NewTabLink>
            ),
            cells: [formatIndicatorCell(buurt, data.indicator.rateScale, locale, tr), statusWords(buurt.status)],
            data: { "data-buurt": buurt.code, "data-status": buurt.status },
          }))}
        />
      )}
    </>
  );
}
