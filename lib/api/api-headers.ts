/** The version partners pin against; a breaking change moves the path to /api/v2. */
export const API_VERSION = "1.0.0";

/** The only coordinate reference system we serve: WGS84 longitude/latitude (GeoJSON's). */
export const CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

/**
 * Headers of every API response, errors included. CORS is open because everything here is
 * public and read-only: a partner's browser app may call us from its own origin.
 */
export function apiHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({
    "API-Version": API_VERSION,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "API-Version, ETag, Link, X-Total-Count, Content-Crs",
    Vary: "Accept-Language",
    ...extra,
  });
}

/** The answer to a browser's preflight: GET and HEAD only, with the headers a cache check needs. */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: apiHeaders({
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, Accept-Crs, Accept-Language, If-None-Match",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    }),
  });
}
