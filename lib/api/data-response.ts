import { dataEtag } from "../http/data-etag.ts";
import { matchesIfNoneMatch } from "../http/if-none-match.ts";
import { apiHeaders, CRS84 } from "./api-headers.ts";
import { ApiProblem } from "./api-problem.ts";

const CRS84_NAMES = new Set([CRS84.toLowerCase(), "crs84", "ogc:crs84"]);

/** GeoJSON is WGS84 longitude/latitude by definition; a client asking for RD or EPSG:4326's axis order is told so. */
function acceptsCrs84(header: string | null): boolean {
  if (!header) return true;
  return header.split(",").some((name) => CRS84_NAMES.has(name.trim().toLowerCase()) || name.trim() === "*");
}

/** What a handler builds: the body and the headers that follow from it (the page's Link, X-Total-Count). */
export interface DataBody {
  body: unknown;
  headers?: Record<string, string>;
}

export type DataFormat = "json" | "geojson";

const CONTENT_TYPES: Record<DataFormat, string> = {
  json: "application/json",
  geojson: "application/geo+json",
};

/**
 * A response from the published data. Its ETag follows the data version and the exact
 * request, so a partner's repeated fetch costs a 304 until the next import or release;
 * the body is built only when it is really needed.
 */
export async function dataResponse(
  request: Request,
  options: { version: number | string; format: DataFormat; build: () => Promise<DataBody> | DataBody },
): Promise<Response> {
  const url = new URL(request.url);
  const etag = dataEtag(options.version, ["api", url.pathname, url.search]);
  const headers = apiHeaders({
    ETag: etag,
    "Cache-Control": "public, max-age=300",
    ...(options.format === "geojson" ? { "Content-Crs": CRS84 } : {}),
  });
  if (options.format === "geojson" && !acceptsCrs84(request.headers.get("accept-crs"))) throw new ApiProblem(406, "unsupportedCrs");
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  const { body, headers: extra = {} } = await options.build();
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  headers.set("Content-Type", CONTENT_TYPES[options.format]);
  return new Response(JSON.stringify(body), { status: 200, headers });
}
