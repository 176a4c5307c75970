import { type AreaGeometry, mapPositions } from "../geo/geometry.ts";
import type { DownloadRow } from "./to-download-rows.ts";

/** What a GeoJSON download says about itself beside the features. */
export interface DownloadMetadata {
  releaseId: number;
  /** When the release was published, ISO 8601. */
  releaseDate: string;
  dataVersion: number;
  indicator: { code: string; name: string };
  year: number;
  /** The scale of `waarde`: "%" or "per 1000". */
  unit: string;
  areaDivisionYear: number;
  licence: string;
  licenceUrl: string;
  source: string;
  attribution: string;
  /** A sentence saying the file was made from this release and nothing else. */
  generatedFrom: string;
}

// Six decimals are about 10 cm (RFC 7946 §11.2): finer than the boundaries are drawn, and
// a third smaller than the stored doubles. Areas are stored in WGS84 with RFC 7946 winding.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

function rounded(geometry: AreaGeometry): AreaGeometry {
  return mapPositions(geometry, ([x, y]) => [round(x), round(y)]);
}

/**
 * Every row as a feature with its area's outline (WGS84) and the row as
 * properties, so the CSV and the GeoJSON say the same. The note travels as `toelichting`
 * (one string per line) and the facts a GIS user needs as `metadata`, both foreign members
 * that GeoJSON readers keep or ignore. An area without a stored outline keeps its row with
 * a null geometry rather than disappearing.
 */
export function toGeoJson(input: {
  rows: readonly DownloadRow[];
  geometries: ReadonlyMap<string, AreaGeometry>;
  note: readonly string[];
  metadata: DownloadMetadata;
}) {
  return {
    type: "FeatureCollection" as const,
    toelichting: [...input.note],
    metadata: input.metadata,
    features: input.rows.map((row) => {
      const geometry = input.geometries.get(row.code);
      return { type: "Feature" as const, id: row.code, properties: { ...row }, geometry: geometry ? rounded(geometry) : null };
    }),
  };
}
