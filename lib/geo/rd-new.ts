import proj4 from "proj4";
import type { Position } from "./geometry.ts";

// RD New (EPSG:28992) with the 7-parameter datum shift, as PDOK and CBS use it.
const RD_NEW =
  "+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 " +
  "+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs";

const converter = proj4(RD_NEW, "WGS84");

/** Rounded to 6 decimals (about 0.1 m): finer digits only add bytes to every page. */
export function rdToWgs84([x, y]: Position): Position {
  const [lon, lat] = converter.forward([x, y]) as [number, number];
  return [round(lon, 6), round(lat, 6)];
}

export function wgs84ToRd([lon, lat]: Position): Position {
  const [x, y] = converter.inverse([lon, lat]) as [number, number];
  return [x, y];
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
