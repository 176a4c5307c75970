import { z } from "zod";
import { type CoordinateSystem, positionProblem, readCrsDeclaration } from "../../areas/import/coordinate-system.ts";
import type { Position } from "../../geo/geometry.ts";
import { rdToWgs84, wgs84ToRd } from "../../geo/rd-new.ts";
import { ImportError, type ImportProblem, ProblemList } from "../../import/import-problem.ts";
import { readCsv } from "../../import/read-csv.ts";
import { FACILITY_TYPE_CODES, type FacilityTypeCode, isFacilityTypeCode } from "../facility-types.ts";
import { osmFacilityType } from "./osm-facility-type.ts";

/** One facility read from a GeoJSON, Overpass JSON or CSV file. */
export interface ParsedFacility {
  type: FacilityTypeCode;
  name: string | null;
  /** WGS84, 6 decimals: for maps. */
  lon: number;
  lat: number;
  /** RD New metres, to 0.1 m: for distances. */
  x: number;
  y: number;
  /** "node/123" for OpenStreetMap, "row 7" for CSV, the feature's id otherwise. */
  sourceRef: string | null;
}

export interface ParseFacilityOptions {
  /** Overrides what the file declares or what its coordinates suggest. */
  crs?: CoordinateSystem;
}

export interface ParsedFacilityFile {
  facilities: ParsedFacility[];
  /** What was left out on purpose (features of no catalogue type, duplicates): worth telling, not an error. */
  notices: ImportProblem[];
}

/** A facility as read, before its position is checked and converted. */
interface Candidate {
  item: number;
  type: FacilityTypeCode;
  name: string | null;
  position: Position;
  sourceRef: string | null;
}

interface ReadResult {
  candidates: Candidate[];
  /** OpenStreetMap features whose tags name none of the catalogue's types. */
  unmapped: number;
  /** "detect": decide from the coordinates once all are read. */
  crs: CoordinateSystem | "detect";
}

const KNOWN_TYPES = FACILITY_TYPE_CODES.join(", ");
const OSM_REF = /^(node|way|relation)\/\d+$/;

function fail(file: string, key: string, values?: ImportProblem["values"]): never {
  throw new ImportError([{ file, key, values }]);
}

function text(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

function average(positions: Position[]): Position {
  const sum = positions.reduce(([sx, sy], [x, y]) => [sx + x, sy + y], [0, 0]);
  return [sum[0] / positions.length, sum[1] / positions.length];
}

/** Without its closing vertex, which would count the first vertex twice. */
function openRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

/** Lists of positions at the given depth, or null when any is not a position. */
function positionsAt(value: unknown, depth: number): Position[] | null {
  if (depth === 0) return isPosition(value) ? [[value[0], value[1]]] : null;
  if (!Array.isArray(value) || value.length === 0) return null;
  const parts = value.map((part) => positionsAt(part, depth - 1));
  return parts.every((part) => part !== null) ? (parts as Position[][]).flat() : null;
}

type PointResult = { position: Position } | { key: string; values?: ImportProblem["values"] };

// OSM exports draw a school or a sports hall as its building; the mean of the outline's
// vertices lies inside any reasonably compact building, which is all a distance needs.
function representativePoint(geometry: { type: string; coordinates?: unknown } | null): PointResult {
  if (!geometry) return { key: "facilityWithoutPosition" };
  const coordinates = geometry.coordinates;
  const outerRings = () =>
    Array.isArray(coordinates) ? coordinates.map((polygon) => (Array.isArray(polygon) ? polygon[0] : undefined)) : [];
  let positions: Position[] | null;
  switch (geometry.type) {
    case "Point":
      positions = positionsAt(coordinates, 0);
      break;
    case "MultiPoint":
    case "LineString":
      positions = positionsAt(coordinates, 1);
      break;
    case "MultiLineString":
      positions = positionsAt(coordinates, 2);
      break;
    case "Polygon": {
      const ring = Array.isArray(coordinates) ? positionsAt(coordinates[0], 1) : null;
      positions = ring && openRing(ring);
      break;
    }
    case "MultiPolygon": {
      const rings = outerRings().map((ring) => positionsAt(ring, 1));
      positions = rings.length > 0 && rings.every((ring) => ring !== null) ? rings.flatMap((ring) => openRing(ring!)) : null;
      break;
    }
    default:
      return { key: "facilityGeometryUnsupported", values: { type: geometry.type } };
  }
  if (!positions || positions.length === 0) return { key: "facilityCoordinatesMalformed" };
  return { position: average(positions) };
}

/** Where a problem is: the item, with the OSM or feature id as its code and the name when known. */
function locate(file: string, item: number, sourceRef: string | null, name: string | null): Omit<ImportProblem, "key"> {
  return {
    file,
    item,
    ...(sourceRef && !sourceRef.startsWith("row ") ? { code: sourceRef } : {}),
    ...(name ? { name } : {}),
  };
}

// --- GeoJSON -----------------------------------------------------------------------------

const FeatureSchema = z.object({
  type: z.literal("Feature"),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.object({ type: z.string(), coordinates: z.unknown().optional() }).loose().nullable(),
});

function stringTags(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

function sourceRefOf(feature: z.infer<typeof FeatureSchema>, properties: Record<string, unknown>): string | null {
  const osmType = text(properties.osm_type);
  const osmId = text(properties.osm_id);
  return (
    text(properties["@id"]) ??
    text(feature.id) ??
    (osmType && osmId ? `${osmType}/${osmId}` : null) ??
    text(properties.id)
  );
}

function readGeoJson(
  features: unknown[],
  crsMember: unknown,
  file: string,
  options: ParseFacilityOptions,
  problems: ProblemList,
): ReadResult {
  const declaration = readCrsDeclaration({ crs: crsMember });
  if (declaration.kind === "unsupported" && !options.crs) fail(file, "unsupportedCrs", { crs: declaration.name });
  const crs = options.crs ?? (declaration.kind === "declared" ? declaration.crs : "detect");

  const candidates: Candidate[] = [];
  let unmapped = 0;
  features.forEach((raw, index) => {
    const item = index + 1;
    const feature = FeatureSchema.safeParse(raw);
    if (!feature.success) {
      problems.add({ file, item, key: "notAFeature" });
      return;
    }
    const properties = feature.data.properties ?? {};
    const nested = properties.tags;
    const hasNestedTags = typeof nested === "object" && nested !== null && !Array.isArray(nested);
    const tags = stringTags(hasNestedTags ? (nested as Record<string, unknown>) : properties);
    const sourceRef = sourceRefOf(feature.data, properties);
    const fromOsm = hasNestedTags || properties.osm_id !== undefined || (sourceRef !== null && OSM_REF.test(sourceRef));
    const name = text(properties.name) ?? text(properties.naam) ?? text(tags.name);
    const where = locate(file, item, sourceRef, name);

    // An OSM relation carries its own tag "type" (multipolygon, site); in OSM data
    // "type" is only ours when it names one of our types.
    const typeValue = text(properties.soort) ?? text(properties.type);
    const explicit = text(properties.soort) !== null || (typeValue !== null && (!fromOsm || isFacilityTypeCode(typeValue.toLowerCase())));
    let type: FacilityTypeCode | null;
    if (explicit && typeValue !== null) {
      type = isFacilityTypeCode(typeValue.toLowerCase()) ? (typeValue.toLowerCase() as FacilityTypeCode) : null;
      if (!type) {
        problems.add({ ...where, key: "unknownFacilityType", values: { value: typeValue, types: KNOWN_TYPES } });
        return;
      }
    } else {
      type = osmFacilityType(tags);
      if (!type) {
        if (fromOsm) unmapped++;
        else problems.add({ ...where, key: "facilityTypeMissing" });
        return;
      }
    }

    const point = representativePoint(feature.data.geometry);
    if ("key" in point) {
      problems.add({ ...where, key: point.key, values: point.values });
      return;
    }
    candidates.push({ item, type, name, position: point.position, sourceRef });
  });
  return { candidates, unmapped, crs };
}

// --- Overpass JSON -------------------------------------------------------------------------

const LatLonSchema = z.object({ lat: z.number(), lon: z.number() });
const ElementSchema = z
  .object({
    type: z.string(),
    id: z.union([z.number(), z.string()]),
    tags: z.record(z.string(), z.unknown()).optional(),
    lat: z.unknown().optional(),
    lon: z.unknown().optional(),
    center: z.unknown().optional(),
    geometry: z.unknown().optional(),
  })
  .loose();

function elementPosition(element: z.infer<typeof ElementSchema>): PointResult {
  if (element.lat !== undefined || element.lon !== undefined) {
    const point = LatLonSchema.safeParse({ lat: element.lat, lon: element.lon });
    return point.success && Number.isFinite(point.data.lat) && Number.isFinite(point.data.lon)
      ? { position: [point.data.lon, point.data.lat] }
      : { key: "facilityCoordinatesMalformed" };
  }
  // "out center" gives ways and relations a center; "out geom" their vertices.
  if (element.center !== undefined) {
    const center = LatLonSchema.safeParse(element.center);
    return center.success ? { position: [center.data.lon, center.data.lat] } : { key: "facilityCoordinatesMalformed" };
  }
  if (element.geometry !== undefined) {
    const vertices = z.array(LatLonSchema).min(1).safeParse(element.geometry);
    if (!vertices.success) return { key: "facilityCoordinatesMalformed" };
    return { position: average(openRing(vertices.data.map(({ lon, lat }): Position => [lon, lat]))) };
  }
  return { key: "facilityWithoutPosition" };
}

function readOverpass(elements: unknown[], file: string, problems: ProblemList): ReadResult {
  const candidates: Candidate[] = [];
  let unmapped = 0;
  elements.forEach((raw, index) => {
    const item = index + 1;
    const element = ElementSchema.safeParse(raw);
    if (!element.success) {
      problems.add({ file, item, key: "facilityElementMalformed" });
      return;
    }
    // "out body; >; out skel;" adds the untagged vertices of every way: parts of
    // outlines, not features, so they are not counted as skipped either.
    const tags = stringTags(element.data.tags ?? {});
    if (Object.keys(tags).length === 0) return;
    const sourceRef = `${element.data.type}/${element.data.id}`;
    const name = text(tags.name);
    const type = osmFacilityType(tags);
    if (!type) {
      unmapped++;
      return;
    }
    const point = elementPosition(element.data);
    if ("key" in point) {
      problems.add({ ...locate(file, item, sourceRef, name), key: point.key });
      return;
    }
    candidates.push({ item, type, name, position: point.position, sourceRef });
  });
  // Overpass always answers in WGS84.
  return { candidates, unmapped, crs: "EPSG:4326" };
}

// --- CSV --------------------------------------------------------------------------------------

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number as spreadsheets write it, with a decimal point or (Dutch) a decimal comma;
 * null for an empty cell, NaN for anything else.
 */
function readDecimal(cell: string): number | null {
  const trimmed = cell.trim();
  if (trimmed === "") return null;
  const normalised = /^[+-]?\d*,\d+$/.test(trimmed) ? trimmed.replace(",", ".") : trimmed;
  return DECIMAL.test(normalised) ? Number(normalised) : Number.NaN;
}

function readCsvFacilities(content: string, file: string, options: ParseFacilityOptions, problems: ProblemList): ReadResult {
  const { header, rows } = readCsv(content, file);
  const columns = header.map((column) => column.toLowerCase());
  const column = (...names: string[]) => {
    const index = columns.findIndex((name) => names.includes(name));
    return index === -1 ? undefined : index;
  };
  const typeColumn = column("type", "soort");
  const nameColumn = column("name", "naam");
  const lon = column("lon", "longitude", "lng");
  const lat = column("lat", "latitude");
  const x = column("x");
  const y = column("y");
  const axes = lon !== undefined && lat !== undefined ? { crs: "EPSG:4326" as const, first: lon, second: lat } : x !== undefined && y !== undefined ? { crs: "EPSG:28992" as const, first: x, second: y } : undefined;

  const fileProblems = new ProblemList();
  if (typeColumn === undefined) fileProblems.add({ file, key: "missingColumns", values: { columns: "type" } });
  if (!axes) fileProblems.add({ file, key: "facilityPositionColumnsMissing" });
  fileProblems.throwIfAny();

  const candidates: Candidate[] = [];
  for (const { line, cells } of rows) {
    const name = text(nameColumn === undefined ? undefined : cells[nameColumn]);
    const where = locate(file, line, null, name);
    const typeValue = (cells[typeColumn!] ?? "").trim();
    if (typeValue === "") {
      problems.add({ ...where, key: "facilityTypeMissing" });
      continue;
    }
    const type = typeValue.toLowerCase();
    if (!isFacilityTypeCode(type)) {
      problems.add({ ...where, key: "unknownFacilityType", values: { value: typeValue, types: KNOWN_TYPES } });
      continue;
    }
    const first = readDecimal(cells[axes!.first] ?? "");
    const second = readDecimal(cells[axes!.second] ?? "");
    if (first === null || second === null) {
      problems.add({ ...where, key: "facilityWithoutPosition" });
      continue;
    }
    const invalid = Number.isNaN(first) ? axes!.first : Number.isNaN(second) ? axes!.second : undefined;
    if (invalid !== undefined) {
      problems.add({ ...where, key: "facilityCoordinateNotANumber", values: { column: header[invalid]!, value: cells[invalid]!.trim() } });
      continue;
    }
    candidates.push({ item: line, type, name, position: [first, second], sourceRef: `row ${line}` });
  }
  return { candidates, unmapped: 0, crs: options.crs ?? axes!.crs };
}

// --- from candidates to facilities ----------------------------------------------------------

// The boxes the task of telling the two systems apart needs: wider than the checks in
// positionProblem, which then say precisely what is wrong with a stray point.
const looksWgs84 = ([lon, lat]: Position) => lon >= 2.5 && lon <= 7.5 && lat >= 50 && lat <= 54;
const looksRd = ([x, y]: Position) => x >= -7000 && x <= 300000 && y >= 289000 && y <= 629000;

function detectCrs(candidates: Candidate[], file: string, problems: ProblemList): CoordinateSystem | null {
  if (candidates.every((candidate) => looksWgs84(candidate.position))) return "EPSG:4326";
  if (candidates.every((candidate) => looksRd(candidate.position))) return "EPSG:28992";
  const outside = candidates.filter(({ position }) => !looksWgs84(position) && !looksRd(position));
  for (const { item, name, sourceRef } of outside) {
    problems.add({ ...locate(file, item, sourceRef, name), key: "facilityCoordinatesOutsideNetherlands" });
  }
  if (outside.length === 0) problems.add({ file, key: "facilityCrsMixed" });
  return null;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function toFacility({ type, name, position, sourceRef }: Candidate, crs: CoordinateSystem): ParsedFacility {
  const [lon, lat] = crs === "EPSG:4326" ? position : rdToWgs84(position);
  const [x, y] = crs === "EPSG:28992" ? position : wgs84ToRd(position);
  return { type, name, lon: round(lon, 6), lat: round(lat, 6), x: round(x, 1), y: round(y, 1), sourceRef };
}

/** Keeps the first of each group of the same type and name within a metre of each other. */
function dropDuplicates(facilities: ParsedFacility[]): { kept: ParsedFacility[]; dropped: number } {
  const seen = new Map<string, ParsedFacility[]>();
  const kept: ParsedFacility[] = [];
  for (const facility of facilities) {
    const key = `${facility.type}\u001f${facility.name ?? ""}`;
    const group = seen.get(key) ?? [];
    if (group.some((other) => Math.hypot(other.x - facility.x, other.y - facility.y) <= 1)) continue;
    group.push(facility);
    seen.set(key, group);
    kept.push(facility);
  }
  return { kept, dropped: facilities.length - kept.length };
}

function readContent(content: string, file: string, options: ParseFacilityOptions, problems: ProblemList): ReadResult {
  const start = content.replace(/^\uFEFF/, "").trimStart();
  if (start === "") fail(file, "emptyFile");
  if (start.startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(start);
    } catch (error) {
      fail(file, "notJson", { detail: (error as Error).message });
    }
    const collection = z.object({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) }).loose().safeParse(json);
    if (collection.success) return readGeoJson(collection.data.features, collection.data.crs, file, options, problems);
    const overpass = z.object({ elements: z.array(z.unknown()) }).loose().safeParse(json);
    if (overpass.success) return readOverpass(overpass.data.elements, file, problems);
    fail(file, "facilityFormatUnknown");
  }
  // OSM XML, a bare JSON array, HTML: none of them is a CSV with a header.
  if (/^[<[]/.test(start)) fail(file, "facilityFormatUnknown");
  return readCsvFacilities(content, file, options, problems);
}

/**
 * Reads facilities from a GeoJSON FeatureCollection (our own `type`/`soort` property or
 * OpenStreetMap tags, RD New or WGS84), an Overpass API answer, or a CSV with a type
 * column and lon/lat or x/y. Throws ImportError with every problem; returns nothing partial.
 */
export function parseFacilityFile(content: string, file: string, options: ParseFacilityOptions = {}): ParsedFacilityFile {
  const problems = new ProblemList();
  const read = readContent(content, file, options, problems);

  const crs = read.crs === "detect" ? (read.candidates.length > 0 ? detectCrs(read.candidates, file, problems) : null) : read.crs;
  const facilities: ParsedFacility[] = [];
  if (crs) {
    for (const candidate of read.candidates) {
      const outside = positionProblem(candidate.position, crs);
      if (outside) {
        const { item, name, sourceRef } = candidate;
        problems.add({ ...locate(file, item, sourceRef, name), key: outside, values: { crs } });
        continue;
      }
      facilities.push(toFacility(candidate, crs));
    }
  }
  problems.throwIfAny();
  if (facilities.length === 0) fail(file, "noFacilities");

  const notices: ImportProblem[] = [];
  if (read.unmapped > 0) notices.push({ file, key: "facilitiesUnmappedSkipped", values: { count: read.unmapped } });
  const { kept, dropped } = dropDuplicates(facilities);
  if (dropped > 0) notices.push({ file, key: "facilitiesDuplicatesSkipped", values: { count: dropped } });
  return { facilities: kept, notices };
}
