import { z } from "zod";
import { BuurtCodeParam } from "../areas/buurt-code-param.ts";

// "Initiatives near here" while submitting: ?buurt=BU… or ?lon=…&lat=… (WGS84).

export type NearbyPlace = { kind: "buurt"; code: string } | { kind: "point"; lon: number; lat: number };

const number = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d{1,3}(?:\.\d{1,12})?$/)
    .transform(Number)
    .pipe(z.number().min(min).max(max));
const Lon = number(-180, 180);
const Lat = number(-90, 90);

/** The place asked about, or undefined for a query that names none (or names it badly). */
export function parseNearbyQuery(params: URLSearchParams): NearbyPlace | undefined {
  const lon = params.get("lon");
  const lat = params.get("lat");
  if (lon !== null || lat !== null) {
    const parsedLon = Lon.safeParse(lon);
    const parsedLat = Lat.safeParse(lat);
    if (!parsedLon.success || !parsedLat.success) return undefined;
    return { kind: "point", lon: parsedLon.data, lat: parsedLat.data };
  }
  const buurt = BuurtCodeParam.safeParse(params.get("buurt") ?? "");
  return buurt.success ? { kind: "buurt", code: buurt.data } : undefined;
}

/** The JSON the form's script gets back (app/[locale]/(site)/initiatieven/nieuw/in-de-buurt). */
export type NearbyAnswer =
  | { kind: "found"; buurt: { code: string; name: string }; initiatives: { title: string; href: string; distanceMetres: number | null }[] }
  | { kind: "outside" | "unknown" | "unavailable" };
