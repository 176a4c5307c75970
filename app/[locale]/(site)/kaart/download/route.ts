import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing.ts";
import { createVersionedCache } from "@/lib/cache/versioned-cache.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { getPrisma } from "@/lib/db/get-prisma.ts";
import { buildDownload, type DownloadFile } from "@/lib/downloads/build-download.ts";
import { parseDownloadQuery } from "@/lib/downloads/download-query.ts";
import { getDownloadData } from "@/lib/downloads/get-download-data.ts";
import { dataEtag } from "@/lib/http/data-etag.ts";
import { matchesIfNoneMatch } from "@/lib/http/if-none-match.ts";
import { requestDataVersion } from "@/lib/pages/request-data-version.ts";
import { routes } from "@/lib/routes.ts";

// One indicator and year of the current protected release as a CSV or GeoJSON file, with
// the rules inside. The same totals the buurt page and the map read, nothing more.

type Outcome = { kind: "file"; file: DownloadFile } | { kind: "no-release" } | { kind: "unknown-choice" };

// Files are kept per data version: a partner's nightly fetch of every indicator costs the
// database once per release. Bounded, so a crawler asking for made-up indicators cannot grow it.
const fileCache = createVersionedCache<string, Outcome>(400);

// Part of every ETag: a change to the file's layout must not be answered with a 304 for
// a file a client kept from before the change.
const FILE_LAYOUT = "download/1";

const CACHE_CONTROL = "public, max-age=300";

function problem(status: number, message: string, locale?: string): Response {
  return new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...(locale ? { "content-language": locale } : {}) },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return problem(404, "Not found");
  const t = await getTranslations({ locale });
  const translate = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const query = parseDownloadQuery(new URL(request.url).searchParams);
  if (!query) return problem(400, translate("download.badQuery"), locale);

  const version = await requestDataVersion();
  const etag = dataEtag(version, [FILE_LAYOUT, locale, query.indicator, String(query.jaar), query.formaat]);
  const outcome = await fileCache.get(version, etag, async (): Promise<Outcome> => {
    const config = getMunicipalityConfig();
    const result = await getDownloadData(await getPrisma(), { indicator: query.indicator, year: query.jaar }, { gemeenteCode: config.gemeenteCode, year: config.areaYear });
    if (result.kind !== "data") return result;
    // Only a configured address goes into the file: a Host header is the requester's to
    // choose, and the file is cached for everyone.
    const explanationUrl = config.siteUrl ? new URL(routes.explanation(locale), config.siteUrl).href : routes.explanation(locale);
    const file = buildDownload(result.data, { format: query.formaat, locale, dataVersion: version, fallbackRules: config.disclosure, explanationUrl }, translate);
    return { kind: "file", file };
  });
  if (outcome.kind === "no-release") return problem(404, translate("download.noRelease"), locale);
  if (outcome.kind === "unknown-choice") return problem(404, translate("download.unknownChoice"), locale);

  const headers = { etag, "cache-control": CACHE_CONTROL };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const { file } = outcome;
  return new Response(file.body, {
    headers: {
      ...headers,
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "content-language": locale,
    },
  });
}
