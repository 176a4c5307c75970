import { useTranslations } from "next-intl";
import { ChoiceForm } from "@/components/choropleth/choice-form.tsx";
import { ChoroplethMap } from "@/components/choropleth/choropleth-map.tsx";
import { MapInfo } from "@/components/choropleth/map-info.tsx";
import { type LegendEntry, MapLegend } from "@/components/choropleth/map-legend.tsx";
import { type SortLink, SortableTable } from "@/components/tables/sortable-table.tsx";
import { formatIndicatorCell } from "@/lib/figures/format-indicator-cell.ts";
import { BIVARIATE_CLASSES, type BivariateCellClass, type Level } from "@/lib/maps/bivariate-classes.ts";
import type { OverlapQuery } from "@/lib/maps/overlap-query.ts";
import type { OverlapBuurt, OverlapPageData } from "@/lib/pages/load-overlap-page.ts";
import { tableSort } from "@/lib/maps/table-sort.ts";
import { indicatorOptionGroups } from "@/lib/maps/indicator-option-groups.ts";
import { routes } from "@/lib/routes.ts";
import { BivariateGrid } from "./bivariate-grid.tsx";

interface OverlapViewProps {
  locale: "nl" | "en";
  data: OverlapPageData;
  query: OverlapQuery;
}

/** Two indicators on one map: picker, bivariate map, its legend in a grid and in words, and the table. */
export function OverlapView({ locale, data, query }: OverlapViewProps) {
  const t = useTranslations("overlap");
  const tMap = useTranslations("map");
  const tAll = useTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => tAll(key as never, values as never);
  const { grid } = data;
  const first = data.first.name[locale];
  const second = data.second.name[locale];
  const levelWord = (level: Level) => t(`level${level}`);
  const cellText = (cell: OverlapBuurt["first"], rateScale: number) => {
    const value = formatIndicatorCell(cell, rateScale, locale, tr);
    return cell.level ? t("valueWithLevel", { value, level: levelWord(cell.level) }) : value;
  };
  const classWords = (mapClass: BivariateCellClass) => {
    if (mapClass === "suppressed") return tAll("release.SUPPRESSED");
    if (mapClass === "no-data") return tAll("release.NO_DATA");
    const [x, y] = mapClass.split("-").map(Number) as [Level, Level];
    return t("classWords", { firstLevel: levelWord(x), secondLevel: levelWord(y) });
  };
  const countOf = (mapClass: BivariateCellClass) => data.buurten.filter((buurt) => buurt.mapClass === mapClass).length;
  const legend: LegendEntry[] = [
    // Highest combinations first: "high on both" is what the reader looks for.
    ...[...BIVARIATE_CLASSES].reverse().map((mapClass) => ({ mapClass, label: classWords(mapClass), count: tMap("buurtCount", { count: countOf(mapClass) }) })),
    { mapClass: "suppressed" as const, label: t("legendSuppressed"), count: tMap("buurtCount", { count: countOf("suppressed") }) },
    { mapClass: "no-data" as const, label: t("legendNoData"), count: tMap("buurtCount", { count: countOf("no-data") }) },
  ];
  const bothHigh = data.buurten.filter((buurt) => buurt.mapClass === "3-3");

  const path = routes.overlap(locale);
  const choice = { eerste: data.first.code, tweede: data.second.code, jaar: grid.year };
  const order = tableSort({ path, view: choice, anchor: "overlap-tabel", query, defaultKey: "buurt", descendingFirst: (key) => key !== "buurt" });
  const { key: sortKey, descending } = order;
  const sortLink = (key: "buurt" | "eerste" | "tweede"): SortLink => {
    const link = order.link(key);
    return { href: link.href, sort: link.sort, action: tMap(link.nextDescending ? "sortDescending" : "sortAscending") };
  };
  const direction = descending ? -1 : 1;
  const byName = (a: OverlapBuurt, b: OverlapBuurt) => a.name.localeCompare(b.name, locale) || a.code.localeCompare(b.code);
  const byValue = (side: "first" | "second") => (a: OverlapBuurt, b: OverlapBuurt) => {
    const rank = (cell: OverlapBuurt["first"]) => (cell.status === "PUBLISHED" && cell.rate !== null ? 0 : cell.status === "SUPPRESSED" ? 1 : 2);
    return rank(a[side]) - rank(b[side]) || direction * ((a[side].rate ?? 0) - (b[side].rate ?? 0)) || byName(a, b);
  };
  const sorted = [...data.buurten].sort(sortKey === "buurt" ? (a, b) => direction * byName(a, b) : byValue(sortKey === "eerste" ? "first" : "second"));

  const options = indicatorOptionGroups(grid.themes, grid.indicators, locale);

  return (
    <>
      <ChoiceForm
        action={path}
        heading={t("pickerHeading")}
        submit={t("submit")}
        fields={[
          { id: "overlap-first", name: "eerste", label: t("firstLabel"), value: data.first.code, groups: options },
          { id: "overlap-second", name: "tweede", label: t("secondLabel"), value: data.second.code, groups: options },
          { id: "overlap-year", name: "jaar", label: tMap("yearLabel"), value: String(grid.year), options: grid.years.map((year) => ({ value: String(year), label: String(year) })), narrow: true },
        ]}
      />
      <div className="buurtbeeld-map-layout">
        <MapInfo hint={tMap("infoHint")} open={tMap("infoOpen")}>
          <ChoroplethMap
            idPrefix="overlap"
            title={t("mapTitle", { first, second, year: grid.year })}
            description={t("mapDescription")}
            viewBox={grid.viewBox}
            areas={data.buurten.map((buurt) => ({
              code: buurt.code,
              label: t("areaLabel", {
                buurt: buurt.name,
                wijk: buurt.wijkName,
                first,
                firstValue: cellText(buurt.first, data.first.rateScale),
                second,
                secondValue: cellText(buurt.second, data.second.rateScale),
                year: grid.year,
              }),
              d: buurt.d,
              href: routes.buurt(locale, buurt.code),
              mapClass: buurt.mapClass,
            }))}
            outlines={grid.outlines}
          />
        </MapInfo>
        <div>
          <BivariateGrid axisFirst={t("axisFirst", { first })} axisSecond={t("axisSecond", { second })} />
          <MapLegend idPrefix="overlap-legend" heading={t("legendHeading", { first, second, year: grid.year })} entries={legend} />
          <p className="utrecht-paragraph" data-testid="both-high">
            {t("bothHigh", { count: bothHigh.length, names: bothHigh.map((buurt) => buurt.name).join(", ") })}
          </p>
          <p className="utrecht-paragraph">{t("intro")}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="#overlap-tabel">
              {tMap("tableLink")}
            </a>
          </p>
        </div>
      </div>
      <SortableTable
        id="overlap-tabel"
        caption={t("tableCaption", { first, second, year: grid.year })}
        columns={[
          { heading: tMap("columnBuurt"), sort: sortLink("buurt") },
          { heading: tMap("columnWijk") },
          { heading: first, sort: sortLink("eerste"), numeric: true },
          { heading: second, sort: sortLink("tweede"), numeric: true },
          { heading: t("columnClass") },
        ]}
        rows={sorted.map((buurt) => ({
          key: buurt.code,
          header: (
            <a href={routes.buurt(locale, buurt.code)} className="utrecht-link">
              {buurt.name}
            </a>
          ),
          cells: [buurt.wijkName, cellText(buurt.first, data.first.rateScale), cellText(buurt.second, data.second.rateScale), classWords(buurt.mapClass)],
          data: { "data-buurt": buurt.code, "data-class": buurt.mapClass },
        }))}
      />
    </>
  );
}
