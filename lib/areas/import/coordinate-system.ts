import type { Position } from "../../geo/geometry.ts";

export type CoordinateSystem = "EPSG:28992" | "EPSG:4326";

const RD_NAMES = /(EPSG::?28992|EPSG\/0\/28992)$/i;
const WGS84_NAMES = /(CRS84|EPSG::?4326|EPSG\/0\/4326)$/i;

// Generous boxes around the Netherlands: a coordinate outside them means a wrong or
// missing CRS, not a border case.
const WGS84_BOX = { minX: 3.0, maxX: 7.6, minY: 50.6, maxY: 53.8 };
const RD_BOX = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 };

type Box = typeof WGS84_BOX;
const inside = ([x, y]: Position, box: Box) => x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY;

export type CrsDeclaration =
  | { kind: "declared"; crs: CoordinateSystem }
  | { kind: "absent" }
  | { kind: "unsupported"; name: string };

/** Reads the legacy GeoJSON "crs" member that PDOK and GDAL still write. */
export function readCrsDeclaration(collection: { crs?: unknown }): CrsDeclaration {
  if (collection.crs === undefined || collection.crs === null) return { kind: "absent" };
  const name = (collection.crs as { properties?: { name?: unknown } })?.properties?.name;
  if (typeof name !== "string") return { kind: "unsupported", name: JSON.stringify(collection.crs) };
  if (RD_NAMES.test(name.trim())) return { kind: "declared", crs: "EPSG:28992" };
  if (WGS84_NAMES.test(name.trim())) return { kind: "declared", crs: "EPSG:4326" };
  return { kind: "unsupported", name };
}

/**
 * Why a position cannot be in the Netherlands in the given system, as a problem key,
 * with a hint when it evidently is in the other system or has swapped axes.
 */
export function positionProblem(position: Position, crs: CoordinateSystem): string | undefined {
  if (crs === "EPSG:4326") {
    if (inside(position, WGS84_BOX)) return undefined;
    if (inside(position, RD_BOX)) return "coordinatesLookLikeRd";
    if (inside([position[1], position[0]], WGS84_BOX)) return "coordinatesSwapped";
    return "coordinatesOutsideNetherlands";
  }
  if (inside(position, RD_BOX)) return undefined;
  if (inside(position, WGS84_BOX)) return "coordinatesLookLikeWgs84";
  return "coordinatesOutsideNetherlands";
}
