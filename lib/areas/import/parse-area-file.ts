import { AreaFeatureSchema as FeatureSchema, AreaGeometrySchema as GeometrySchema, FeatureCollectionSchema as CollectionSchema } from "../../import/geojson-schemas.ts";
import type { AreaGeometry, Position } from "../../geo/geometry.ts";
import { mapPositions, polygonsOf, rewindRfc7946 } from "../../geo/geometry.ts";
import { rdToWgs84, wgs84ToRd } from "../../geo/rd-new.ts";
import { ImportError, type ImportProblem, ProblemList } from "../../import/import-problem.ts";
import { type AreaLevelName, areaLevelOf, gemeenteCodeOf, normaliseAreaCode } from "../area-code.ts";
import { type CoordinateSystem, positionProblem, readCrsDeclaration } from "./coordinate-system.ts";
import { validatePolygon } from "./validate-polygon.ts";

/** One gemeente, wijk or buurt read from a CBS/PDOK gebiedsindeling file. */
export interface ParsedArea {
  code: string;
  level: AreaLevelName;
  name: string | undefined;
  /** Names of the parents as the feature states them (CBS buurt files carry wijknaam). */
  wijkName: string | undefined;
  gemeenteName: string | undefined;
  year: number | undefined;
  /** RD New metres: planar, so outlines can be dissolved exactly. */
  rd: AreaGeometry;
  /** WGS84 with RFC 7946 winding: what is stored and served. */
  wgs84: AreaGeometry;
  file: string;
  item: number;
}

export interface ParseAreaOptions {
  gemeenteCode: string;
  /** Overrides the file's declaration, for files that omit their CRS. */
  crs?: CoordinateSystem;
}


// CBS "wijk- en buurtkaart" files name the code after the level; PDOK's gebiedsindelingen
// use statcode/statnaam. A feature's own code is the most specific one it carries.
const CODE_KEYS = ["statcode", "buurtcode", "wijkcode", "gemeentecode", "code"];
const NAME_KEYS: Record<AreaLevelName, string[]> = {
  BUURT: ["statnaam", "buurtnaam", "naam", "name"],
  WIJK: ["statnaam", "wijknaam", "naam", "name"],
  GEMEENTE: ["statnaam", "gemeentenaam", "naam", "name"],
};

function text(properties: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = properties[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return undefined;
}

function validYear(year: number): number | "invalid" {
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : "invalid";
}

function yearOf(properties: Record<string, unknown>): number | undefined | "invalid" {
  const raw = properties.jaar ?? properties.jaarcode ?? properties.year;
  if (raw !== undefined && raw !== null) return validYear(Number(raw));
  const prefixed = properties.jrstatcode;
  if (typeof prefixed === "string" && /^\d{4}/.test(prefixed)) return validYear(Number(prefixed.slice(0, 4)));
  return undefined;
}

function firstPosition(geometry: AreaGeometry): Position {
  return polygonsOf(geometry)[0]![0]![0]!;
}

/** Drops a third coordinate and repeated consecutive vertices, which GeoJSON allows and rounding creates. */
function normaliseRings(geometry: AreaGeometry): AreaGeometry {
  const clean = (ring: Position[]) =>
    ring
      .map(([x, y]): Position => [x, y])
      .filter((position, index, all) => index === 0 || position[0] !== all[index - 1]![0] || position[1] !== all[index - 1]![1]);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(clean) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((rings) => rings.map(clean)) };
}

function fail(file: string, key: string, values?: ImportProblem["values"]): never {
  throw new ImportError([{ file, key, values }]);
}

/**
 * Reads a GeoJSON FeatureCollection of gemeente, wijk and buurt outlines in RD New or
 * WGS84 and checks every feature. Throws ImportError naming each bad feature; returns
 * nothing partial.
 */
export function parseAreaFile(content: string, file: string, options: ParseAreaOptions): ParsedArea[] {
  if (content.trim() === "") fail(file, "emptyFile");

  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    fail(file, "notJson", { detail: (error as Error).message });
  }
  const collection = CollectionSchema.safeParse(json);
  if (!collection.success) fail(file, "notFeatureCollection");
  const { features, crs: crsMember } = collection.data;
  if (features.length === 0) fail(file, "noFeatures");

  const declaration = readCrsDeclaration({ crs: crsMember });
  if (declaration.kind === "unsupported" && !options.crs) {
    fail(file, "unsupportedCrs", { crs: declaration.name });
  }
  // RFC 7946: a GeoJSON file without a CRS member is WGS84.
  const crs: CoordinateSystem = options.crs ?? (declaration.kind === "declared" ? declaration.crs : "EPSG:4326");

  const problems = new ProblemList();
  const areas: ParsedArea[] = [];

  features.forEach((raw, index) => {
    const item = index + 1;
    const where = { file, item };
    const feature = FeatureSchema.safeParse(raw);
    if (!feature.success) {
      problems.add({ ...where, key: "notAFeature" });
      return;
    }
    const properties = feature.data.properties ?? {};
    const rawCode = text(properties, CODE_KEYS);
    if (!rawCode) {
      problems.add({ ...where, key: "missingCode" });
      return;
    }
    const code = normaliseAreaCode(rawCode);
    const level = areaLevelOf(code);
    const name = level ? text(properties, NAME_KEYS[level]) : undefined;
    const at = { ...where, code, name };
    if (!level) {
      problems.add({ ...at, key: "malformedCode" });
      return;
    }
    if (gemeenteCodeOf(code) !== options.gemeenteCode) {
      problems.add({ ...at, key: "foreignGemeente", values: { expected: options.gemeenteCode } });
      return;
    }
    if (!name && level === "BUURT") {
      problems.add({ ...at, key: "missingName" });
      return;
    }
    const year = yearOf(properties);
    if (year === "invalid") {
      problems.add({ ...at, key: "invalidYear" });
      return;
    }

    const geometryType = feature.data.geometry?.type ?? "null";
    if (geometryType !== "Polygon" && geometryType !== "MultiPolygon") {
      problems.add({ ...at, key: "unsupportedGeometry", values: { type: geometryType } });
      return;
    }
    const geometry = GeometrySchema.safeParse(feature.data.geometry);
    if (!geometry.success) {
      problems.add({ ...at, key: "malformedCoordinates" });
      return;
    }
    const source = normaliseRings(geometry.data as AreaGeometry);
    if (polygonsOf(source).some((rings) => rings.length === 0 || rings[0]!.length === 0)) {
      problems.add({ ...at, key: "ringTooShort", values: { ring: "1", count: 0 } });
      return;
    }
    const outside = polygonsOf(source)
      .flat(2)
      .map((position) => positionProblem(position, crs))
      .find(Boolean);
    if (outside) {
      problems.add({ ...at, key: outside, values: { crs } });
      return;
    }
    const polygonProblem = validatePolygon(source);
    if (polygonProblem) {
      problems.add({ ...at, ...polygonProblem });
      return;
    }

    const rd = crs === "EPSG:28992" ? source : mapPositions(source, wgs84ToRd);
    const wgs84 = rewindRfc7946(crs === "EPSG:4326" ? source : mapPositions(source, rdToWgs84));
    // The position check above ran on the first system; make sure the conversion landed too.
    const check = positionProblem(firstPosition(wgs84), "EPSG:4326");
    if (check) {
      problems.add({ ...at, key: "coordinatesOutsideNetherlands", values: { crs } });
      return;
    }
    areas.push({
      code,
      level,
      name,
      wijkName: level === "BUURT" ? text(properties, ["wijknaam"]) : undefined,
      gemeenteName: level === "GEMEENTE" ? undefined : text(properties, ["gemeentenaam"]),
      year,
      rd,
      wgs84,
      file,
      item,
    });
  });

  problems.throwIfAny();
  return areas;
}
