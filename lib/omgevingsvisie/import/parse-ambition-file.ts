import { AreaFeatureSchema as FeatureSchema, AreaGeometrySchema as GeometrySchema, FeatureCollectionSchema as CollectionSchema } from "../../import/geojson-schemas.ts";
import { type CoordinateSystem, positionProblem, readCrsDeclaration } from "../../areas/import/coordinate-system.ts";
import { validatePolygon } from "../../areas/import/validate-polygon.ts";
import type { AreaGeometry, Position, Ring } from "../../geo/geometry.ts";
import { mapPositions, polygonsOf, rewindRfc7946 } from "../../geo/geometry.ts";
import { rdToWgs84, wgs84ToRd } from "../../geo/rd-new.ts";
import { ImportError, type ImportProblem, ProblemList } from "../../import/import-problem.ts";
import { AMBITION_ID_PATTERN as ID_PATTERN, MAX_AMBITION_ID as MAX_ID } from "../ambition-id.ts";
import { type VisieThemeCode, VISIE_THEMES, visieThemeOf } from "../visie-themes.ts";

export const AMBITION_STATUSES = ["ontwerp", "vastgesteld", "in-uitvoering", "gerealiseerd"] as const;
export type AmbitionStatus = (typeof AMBITION_STATUSES)[number];

/** One ambition of the Omgevingsvisie: all features with its id, combined. */
export interface ParsedAmbition {
  id: string;
  theme: VisieThemeCode;
  titleNl: string;
  titleEn: string;
  textNl: string;
  textEn: string;
  status: AmbitionStatus;
  documentUrl: string | null;
  isDemo: boolean;
  /** 0-based order of the ambition's first feature in the file: the order authors chose. */
  position: number;
  /** RD New metres, for overlaps with buurten. */
  rd: AreaGeometry;
  /** WGS84 with RFC 7946 winding: what is stored and served. */
  wgs84: AreaGeometry;
}

export interface ParseAmbitionOptions {
  /** Overrides the file's declaration and the detection by coordinate range. */
  crs?: CoordinateSystem;
}

const MAX_TITLE = 200;
const MAX_TEXT = 5000;


/** The properties every ambition needs, by the file's Dutch property names. */
interface AmbitionFields {
  theme: VisieThemeCode;
  titleNl: string;
  titleEn: string;
  textNl: string;
  textEn: string;
  status: AmbitionStatus;
  documentUrl: string | null;
  isDemo: boolean;
}
type FieldName = keyof AmbitionFields;

const PROPERTY: Record<FieldName, string> = {
  theme: "thema",
  titleNl: "titel_nl",
  titleEn: "titel_en",
  textNl: "tekst_nl",
  textEn: "tekst_en",
  status: "status",
  documentUrl: "document_url",
  isDemo: "demo",
};
const REQUIRED: FieldName[] = ["theme", "titleNl", "titleEn", "textNl", "textEn", "status"];
const LIMITS: Partial<Record<FieldName, number>> = {
  titleNl: MAX_TITLE,
  titleEn: MAX_TITLE,
  textNl: MAX_TEXT,
  textEn: MAX_TEXT,
};

type Where = Pick<ImportProblem, "file" | "item" | "code">;

function fail(file: string, key: string, values?: ImportProblem["values"]): never {
  throw new ImportError([{ file, key, values }]);
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
};

/**
 * Reads the properties a feature states. Absent ones are left out (a later part of a
 * multi-feature ambition may omit them); wrong ones are reported.
 */
function readFields(
  properties: Record<string, unknown>,
  where: Where,
  problems: ProblemList,
): { fields: Partial<AmbitionFields>; invalid: FieldName[] } {
  const fields: Partial<AmbitionFields> = {};
  // Fields stated but wrong: already reported, so not reported again as missing.
  const invalid: FieldName[] = [];
  const report = (field: FieldName, problem: Omit<ImportProblem, keyof Where>) => {
    invalid.push(field);
    problems.add({ ...where, ...problem });
  };
  const textOf = (field: FieldName): string | undefined => {
    const raw = properties[PROPERTY[field]];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== "string") {
      report(field, { key: "ambitionNotText", values: { field: PROPERTY[field] } });
      return undefined;
    }
    const value = raw.trim();
    return value === "" ? undefined : value;
  };

  for (const field of ["titleNl", "titleEn", "textNl", "textEn"] as const) {
    const value = textOf(field);
    if (value === undefined) continue;
    const max = LIMITS[field]!;
    const length = [...value].length;
    if (length > max) report(field, { key: "ambitionTooLong", values: { field: PROPERTY[field], length, max } });
    else fields[field] = value;
  }

  const theme = textOf("theme");
  if (theme !== undefined) {
    const code = visieThemeOf(theme);
    if (code) fields.theme = code;
    else {
      const themes = VISIE_THEMES.map((t) => t.code).join(", ");
      report("theme", { key: "ambitionUnknownTheme", values: { value: theme, themes } });
    }
  }

  const status = textOf("status")?.toLowerCase();
  if (status !== undefined) {
    if ((AMBITION_STATUSES as readonly string[]).includes(status)) fields.status = status as AmbitionStatus;
    else report("status", { key: "ambitionInvalidStatus", values: { value: status, statuses: AMBITION_STATUSES.join(", ") } });
  }

  const url = textOf("documentUrl");
  if (url !== undefined) {
    if (isHttpUrl(url)) fields.documentUrl = url;
    else report("documentUrl", { key: "ambitionInvalidUrl", values: { value: url } });
  }

  const demo = properties[PROPERTY.isDemo];
  if (typeof demo === "boolean") fields.isDemo = demo;
  else if (demo !== undefined && demo !== null) report("isDemo", { key: "ambitionInvalidDemo", values: { value: String(demo) } });

  return { fields, invalid };
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

/** The first coordinate pair anywhere in the file, to tell RD metres from degrees. */
function firstPosition(features: unknown[]): Position | undefined {
  const search = (value: unknown): Position | undefined => {
    if (!Array.isArray(value)) return undefined;
    if (value.length >= 2 && typeof value[0] === "number" && typeof value[1] === "number") return [value[0], value[1]];
    for (const inner of value) {
      const found = search(inner);
      if (found) return found;
    }
    return undefined;
  };
  for (const raw of features) {
    const found = search((raw as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates);
    if (found) return found;
  }
  return undefined;
}

function chooseCrs(file: string, crsMember: unknown, features: unknown[], options: ParseAmbitionOptions): CoordinateSystem {
  if (options.crs) return options.crs;
  const declaration = readCrsDeclaration({ crs: crsMember });
  if (declaration.kind === "unsupported") fail(file, "unsupportedCrs", { crs: declaration.name });
  if (declaration.kind === "declared") return declaration.crs;
  // Ambition files are drawn by hand as often as exported, and often lack a declaration;
  // RD metres and degrees cannot be confused in the Netherlands.
  const probe = firstPosition(features);
  return probe && positionProblem(probe, "EPSG:28992") === undefined ? "EPSG:28992" : "EPSG:4326";
}

/** Checks one feature's geometry and returns it in its source system, or reports why not. */
function readGeometry(raw: unknown, crs: CoordinateSystem, where: Where, problems: ProblemList): AreaGeometry | undefined {
  const type = (raw as { type?: unknown } | null)?.type;
  if (type !== "Polygon" && type !== "MultiPolygon") {
    problems.add({ ...where, key: "unsupportedGeometry", values: { type: typeof type === "string" ? type : "null" } });
    return undefined;
  }
  const parsed = GeometrySchema.safeParse(raw);
  if (!parsed.success) {
    problems.add({ ...where, key: "malformedCoordinates" });
    return undefined;
  }
  const source = normaliseRings(parsed.data as AreaGeometry);
  if (polygonsOf(source).length === 0 || polygonsOf(source).some((rings) => rings.length === 0 || rings[0]!.length === 0)) {
    problems.add({ ...where, key: "ringTooShort", values: { ring: "1", count: 0 } });
    return undefined;
  }
  const outside = polygonsOf(source)
    .flat(2)
    .map((position) => positionProblem(position, crs))
    .find(Boolean);
  if (outside) {
    problems.add({ ...where, key: outside, values: { crs } });
    return undefined;
  }
  const polygonProblem = validatePolygon(source);
  if (polygonProblem) {
    problems.add({ ...where, ...polygonProblem });
    return undefined;
  }
  return source;
}

interface Draft {
  id: string;
  firstItem: number;
  fields: Partial<AmbitionFields>;
  /** Which item first stated each field, to name it in a conflict. */
  statedAt: Partial<Record<FieldName, number>>;
  polygons: Ring[][];
  invalid: Set<FieldName>;
}

function merge(draft: Draft, fields: Partial<AmbitionFields>, where: Where, problems: ProblemList): void {
  for (const field of Object.keys(fields) as FieldName[]) {
    const value = fields[field];
    const known = draft.fields[field];
    if (known === undefined) {
      (draft.fields as Record<FieldName, unknown>)[field] = value;
      draft.statedAt[field] = where.item;
    } else if (known !== value) {
      problems.add({ ...where, key: "ambitionFieldConflict", values: { field: PROPERTY[field], firstItem: draft.statedAt[field]! } });
    }
  }
}

/**
 * Reads a GeoJSON FeatureCollection of Omgevingsvisie ambitions in RD New or WGS84.
 * Features sharing an id are the parts of one ambition, combined into a MultiPolygon.
 * Throws ImportError with every problem found; returns nothing partial.
 */
export function parseAmbitionFile(content: string, file: string, options: ParseAmbitionOptions = {}): ParsedAmbition[] {
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
  const crs = chooseCrs(file, crsMember, features, options);

  const problems = new ProblemList();
  const drafts = new Map<string, Draft>();

  features.forEach((raw, index) => {
    const item = index + 1;
    const feature = FeatureSchema.safeParse(raw);
    if (!feature.success) {
      problems.add({ file, item, key: "notAFeature" });
      return;
    }
    const properties = feature.data.properties ?? {};
    const rawId = properties.id;
    if (rawId === undefined || rawId === null || (typeof rawId === "string" && rawId.trim() === "")) {
      problems.add({ file, item, key: "ambitionMissingId" });
      return;
    }
    const id = String(rawId).trim();
    const where: Where = { file, item, code: id };
    if (typeof rawId !== "string" || id.length > MAX_ID || !ID_PATTERN.test(id)) {
      problems.add({ ...where, key: "ambitionInvalidId", values: { max: MAX_ID } });
      return;
    }

    const { fields, invalid } = readFields(properties, where, problems);
    const geometry = readGeometry(feature.data.geometry, crs, where, problems);
    let draft = drafts.get(id);
    if (!draft) {
      draft = { id, firstItem: item, fields: {}, statedAt: {}, polygons: [], invalid: new Set() };
      drafts.set(id, draft);
    }
    merge(draft, fields, where, problems);
    for (const field of invalid) draft.invalid.add(field);
    if (geometry) draft.polygons.push(...polygonsOf(geometry));
  });

  const ambitions: ParsedAmbition[] = [];
  for (const draft of drafts.values()) {
    const where: Where = { file, item: draft.firstItem, code: draft.id };
    const missing = REQUIRED.filter((field) => draft.fields[field] === undefined && !draft.invalid.has(field));
    for (const field of missing) problems.add({ ...where, key: "ambitionMissingField", values: { field: PROPERTY[field] } });
    // A draft without polygons had only broken geometries; one with wrong fields cannot be
    // built either. Both are reported already.
    if (missing.length > 0 || draft.invalid.size > 0 || draft.polygons.length === 0) continue;

    const source: AreaGeometry =
      draft.polygons.length === 1
        ? { type: "Polygon", coordinates: draft.polygons[0]! }
        : { type: "MultiPolygon", coordinates: draft.polygons };
    // Each part is valid on its own; together they must not overlap, or every area sum
    // (share of a buurt, share of the ambition) would count the shared part twice.
    if (draft.polygons.length > 1 && validatePolygon(source)) {
      problems.add({ ...where, key: "ambitionPartsOverlap" });
      continue;
    }
    const rd = crs === "EPSG:28992" ? source : mapPositions(source, wgs84ToRd);
    const wgs84 = rewindRfc7946(crs === "EPSG:4326" ? source : mapPositions(source, rdToWgs84));
    const fields = draft.fields as AmbitionFields;
    ambitions.push({
      id: draft.id,
      theme: fields.theme,
      titleNl: fields.titleNl,
      titleEn: fields.titleEn,
      textNl: fields.textNl,
      textEn: fields.textEn,
      status: fields.status,
      documentUrl: fields.documentUrl ?? null,
      isDemo: fields.isDemo ?? false,
      position: ambitions.length,
      rd,
      wgs84,
    });
  }

  problems.throwIfAny();
  return ambitions;
}
