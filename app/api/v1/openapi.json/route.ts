import { apiHeaders, corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { parseApiQuery } from "@/lib/api/api-query.ts";
import { apiUrl } from "@/lib/api/api-url.ts";
import { openApiDocument } from "@/lib/api/openapi-document.ts";

export const GET = apiRoute(async ({ url, reason }) => {
  parseApiQuery(url.searchParams, {}, reason);
  const document = openApiDocument(apiUrl(url, "").href);
  return new Response(JSON.stringify(document), {
    headers: apiHeaders({ "Content-Type": "application/json", "Cache-Control": "public, max-age=300" }),
  });
});
export const OPTIONS = corsPreflight;
