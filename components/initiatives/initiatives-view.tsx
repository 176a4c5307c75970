import { useTranslations } from "next-intl";
import { ChoroplethMap, mapUnit } from "@/components/choropleth/choropleth-map.tsx";
import { MapInfo } from "@/components/choropleth/map-info.tsx";
import { type LegendEntry, MapLegend } from "@/components/choropleth/map-legend.tsx";
import { type SortLink, SortableTable } from "@/components/tables/sortable-table.tsx";
import { categoryLabel } from "@/lib/initiatives/category-label.ts";
import { formatInitiativeDate } from "@/lib/initiatives/format-initiative-date.ts";
import { INITIATIVE_COUNT_CLASSES, initiativeCountClass } from "@/lib/initiatives/initiative-count-classes.ts";
import { PUBLIC_STATUSES } from "@/lib/initiatives/initiative-status.ts";
import type { InitiativeSortKey, InitiativesQuery } from "@/lib/initiatives/initiatives-query.ts";
import type { PublicInitiativeView } from "@/lib/initiatives/read-public-initiatives.ts";
import { tableSort } from "@/lib/maps/table-sort.ts";
import type { DivisionShapes } from "@/lib/pages/load-division-shapes.ts";
import { routes } from "@/lib/routes.ts";
import { InitiativeMarker, InitiativeMarkerIcon } from "./initiative-marker.tsx";

interface InitiativesViewProps {
  locale: "nl" | "en";
  gemeente: string;
  /** Null before any areas are imported: the list without a map. */
  shapes: DivisionShapes | null;
  /** The initiatives the filter chose. */
  initiatives: PublicInitiativeView[];
  query: InitiativesQuery;
}

/** The chosen initiatives on the buurt map (a dot where they have a place), the map's counts as a table, and the list. */
export function InitiativesView({ locale, gemeente, shapes, initiatives, query }: InitiativesViewProps) {
  const t = useTranslations("initiatives");
  const tMap = useTranslations("map");
  const path = routes.initiatives(locale);
  const filter = { buurt: query.buurt, categorie: query.categorie, status: query.status };

  const perBuurt = new Map<string, { all: number; withPoint: number }>();
  for (const initiative of initiatives) {
    const count = perBuurt.get(initiative.buurtCode) ?? { all: 0, withPoint: 0 };
    count.all += 1;
    if (initiative.svgPoint) count.withPoint += 1;
    perBuurt.set(initiative.buurtCode, count);
  }
  const countOf = (code: string) => perBuurt.get(code)?.all ?? 0;
  const countWords = (count: number) => t("countWords", { count });
  const withPoint = initiatives.filter((initiative) => initiative.svgPoint);

  const classWords = (entry: (typeof INITIATIVE_COUNT_CLASSES)[number]) =>
    entry.to === null ? t("classFrom", { from: entry.from }) : entry.from === entry.to ? countWords(entry.from) : t("classRange", { from: entry.from, to: entry.to });
  const legend: LegendEntry[] = INITIATIVE_COUNT_CLASSES.map((entry) => ({
    mapClass: entry.mapClass,
    label: classWords(entry),
    count: t("buurtCount", { count: shapes?.buurten.filter((buurt) => initiativeCountClass(countOf(buurt.code)).mapClass === entry.mapClass).length ?? 0 }),
  }));

  const order = tableSort<InitiativeSortKey>({
    path,
    view: filter,
    anchor: "initiatieven-tabel",
    query,
    defaultKey: "datum",
    descendingFirst: (key) => key === "datum",
  });
  const sortLink = (key: InitiativeSortKey): SortLink => {
    const link = order.link(key);
    return { href: link.href, sort: link.sort, action: tMap(link.nextDescending ? "sortDescending" : "sortAscending") };
  };
  const text = (initiative: PublicInitiativeView): string => {
    if (order.key === "titel") return initiative.title;
    if (order.key === "buurt") return initiative.buurtName;
    if (order.key === "categorie") return categoryLabel(initiative.category, locale);
    return "";
  };
  const sorted = [...initiatives].sort((a, b) => {
    const direction = order.descending ? -1 : 1;
    if (order.key === "datum") return direction * (a.publishedAt.getTime() - b.publishedAt.getTime()) || b.id - a.id;
    if (order.key === "status") return direction * (PUBLIC_STATUSES.indexOf(a.status) - PUBLIC_STATUSES.indexOf(b.status)) || b.id - a.id;
    return direction * text(a).localeCompare(text(b), locale) || b.id - a.id;
  });

  const unit = shapes ? mapUnit(shapes.viewBox) : 1;
  const buurtRows = (shapes?.buurten ?? []).filter((buurt) => countOf(buurt.code) > 0);

  return (
    <>
      {shapes ? (
        <div className="buurtbeeld-map-layout">
          <MapInfo hint={tMap("infoHint")} open={tMap("infoOpen")}>
            <ChoroplethMap
              idPrefix="initiatieven"
              title={t("mapTitle", { gemeente })}
              description={t("mapDescription")}
              viewBox={shapes.viewBox}
              areas={shapes.buurten.map((buurt) => ({
                code: buurt.code,
                label: t("areaLabel", { buurt: buurt.name, wijk: buurt.wijkName, count: countOf(buurt.code) }),
                d: buurt.d,
                href: routes.initiatives(locale, { ...filter, buurt: buurt.code }),
                mapClass: initiativeCountClass(countOf(buurt.code)).mapClass,
              }))}
              outlines={shapes.outlines}
              overlay={
                <g aria-hidden="true">
                  {withPoint.map((initiative) => (
                    <InitiativeMarker key={initiative.id} x={initiative.svgPoint![0]} y={initiative.svgPoint![1]} size={9 * unit} />
                  ))}
                </g>
              }
            />
          </MapInfo>
          <div>
            <MapLegend idPrefix="initiatieven-legend" heading={t("legendHeading")} entries={legend} />
            <ul className="buurtbeeld-symbol-legend" aria-label={t("symbolsHeading")}>
              <li className="buurtbeeld-symbol-legend__item">
                <InitiativeMarkerIcon />
                <span>{t("legendMarker", { count: withPoint.length })}</span>
              </li>
              <li className="buurtbeeld-symbol-legend__item">
                <span>{t("legendBuurtOnly", { count: initiatives.length - withPoint.length })}</span>
              </li>
            </ul>
            {initiatives.length > 0 ? (
              <p className="utrecht-paragraph">
                <a className="utrecht-link" href="#initiatieven-tabel">
                  {t("tableLink")}
                </a>
                {" · "}
                <a className="utrecht-link" href="#buurten-tabel">
                  {t("buurtTableLink")}
                </a>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      {initiatives.length > 0 ? (
        <SortableTable
          id="initiatieven-tabel"
          caption={t("tableCaption", { count: initiatives.length })}
          columns={[
            { heading: t("columnTitle"), sort: sortLink("titel") },
            { heading: t("columnBuurt"), sort: sortLink("buurt") },
            { heading: t("columnCategory"), sort: sortLink("categorie") },
            { heading: t("columnStatus"), sort: sortLink("status") },
            { heading: t("columnPublished"), sort: sortLink("datum") },
          ]}
          rows={sorted.map((initiative) => ({
            key: String(initiative.id),
            header: (
              <a className="utrecht-link" href={routes.initiative(locale, initiative.id)}>
                {initiative.title}
              </a>
            ),
            cells: [
              <a key="buurt" className="utrecht-link" href={routes.buurt(locale, initiative.buurtCode)}>
                {initiative.buurtName}
              </a>,
              categoryLabel(initiative.category, locale),
              t(`status.${initiative.status}`),
              formatInitiativeDate(initiative.publishedAt, locale),
            ],
            data: { "data-initiative": String(initiative.id), "data-buurt": initiative.buurtCode, "data-status": initiative.status },
          }))}
        />
      ) : null}
      {shapes && buurtRows.length > 0 ? (
        <SortableTable
          id="buurten-tabel"
          caption={t("buurtTableCaption")}
          columns={[{ heading: tMap("columnBuurt") }, { heading: tMap("columnWijk") }, { heading: t("columnCount"), numeric: true }, { heading: t("columnWithPoint"), numeric: true }]}
          rows={buurtRows.map((buurt) => ({
            key: buurt.code,
            header: (
              <a className="utrecht-link" href={routes.initiatives(locale, { ...filter, buurt: buurt.code })}>
                {buurt.name}
              </a>
            ),
            cells: [buurt.wijkName, String(countOf(buurt.code)), String(perBuurt.get(buurt.code)?.withPoint ?? 0)],
            data: { "data-buurt": buurt.code },
          }))}
        />
      ) : null}
    </>
  );
}
