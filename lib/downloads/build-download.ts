import type { DisclosureParameters } from "../disclosure/parameters.ts";
import type { DownloadFormat } from "./download-query.ts";
import { DOWNLOAD_LICENCE } from "./download-licence.ts";
import { attribution, downloadNote, generatedFrom } from "./download-note.ts";
import type { DownloadData } from "./get-download-data.ts";
import { toCsv } from "./to-csv.ts";
import { downloadCells, downloadHeader, rateUnit, toDownloadRows } from "./to-download-rows.ts";
import { toGeoJson } from "./to-geojson.ts";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface DownloadFile {
  body: string;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  geojson: "application/geo+json",
};

/** "buurtbeeld-gm1991-bijstand-2024.csv": which gemeente, what and when, still clear in a downloads folder. */
export function downloadFilename(gemeenteCode: string, indicator: string, year: number, format: DownloadFormat): string {
  return `buurtbeeld-${gemeenteCode.toLowerCase()}-${indicator}-${year}.${format}`;
}

/**
 * One download as a file: rows, note and metadata from the release's data, in the
 * reader's language. `fallbackRules` are the configured parameters, used only when the
 * release's own record of them cannot be read.
 */
export function buildDownload(
  data: DownloadData,
  options: { format: DownloadFormat; locale: "nl" | "en"; dataVersion: number; fallbackRules: DisclosureParameters; explanationUrl: string },
  t: Translate,
): DownloadFile {
  const { locale } = options;
  const rules = data.release.parameters ?? options.fallbackRules;
  const facts = {
    locale,
    gemeente: data.gemeente.name,
    indicator: {
      name: data.indicator.name[locale],
      definition: data.indicator.definition[locale],
      source: data.indicator.source[locale],
      base: data.indicator.base[locale],
    },
    rateScale: data.indicator.rateScale,
    year: data.year,
    areaYear: data.areaYear,
    release: data.release,
    dataVersion: options.dataVersion,
    rules: { threshold: rules.threshold, roundingBase: rules.roundingBase, minRateDenominator: rules.minRateDenominator },
    licence: DOWNLOAD_LICENCE,
    explanationUrl: options.explanationUrl,
  };
  const note = downloadNote(facts, t);
  const rows = toDownloadRows({ indicator: data.indicator.code, year: data.year, areas: data.areas, cells: data.cells });
  const filename = downloadFilename(data.gemeente.code, data.indicator.code, data.year, options.format);
  if (options.format === "csv") {
    return { body: toCsv(note, downloadHeader(data.indicator.rateScale), rows.map(downloadCells)), contentType: CONTENT_TYPES.csv, filename };
  }
  const geojson = toGeoJson({
    rows,
    geometries: new Map(data.areas.map((area) => [area.code, area.geometry])),
    note,
    metadata: {
      releaseId: data.release.id,
      releaseDate: data.release.createdAt.toISOString(),
      dataVersion: options.dataVersion,
      indicator: { code: data.indicator.code, name: facts.indicator.name },
      year: data.year,
      unit: rateUnit(data.indicator.rateScale),
      areaDivisionYear: data.areaYear,
      licence: DOWNLOAD_LICENCE.id,
      licenceUrl: DOWNLOAD_LICENCE.url,
      source: facts.indicator.source,
      attribution: attribution(facts.gemeente, t),
      generatedFrom: generatedFrom(facts, t),
    },
  });
  return { body: JSON.stringify(geojson), contentType: CONTENT_TYPES.geojson, filename };
}
