import { apiHeaders, API_VERSION, corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { parseApiQuery } from "@/lib/api/api-query.ts";
import { apiUrl } from "@/lib/api/api-url.ts";

const COLLECTIONS = ["buurten", "wijken", "indicatoren", "waarden", "voorzieningen", "ambities", "initiatieven"] as const;

// The entry point: where the collections and the contract are, so a partner can start here.
export const GET = apiRoute(async ({ url, reason }) => {
  parseApiQuery(url.searchParams, {}, reason);
  const body = {
    naam: "Buurtbeeld open data API",
    versie: API_VERSION,
    _links: {
      self: apiUrl(url, ""),
      openapi: apiUrl(url, "/openapi.json"),
      ...Object.fromEntries(COLLECTIONS.map((name) => [name, apiUrl(url, `/${name}`)])),
    },
  };
  return new Response(JSON.stringify(body), {
    headers: apiHeaders({ "Content-Type": "application/json", "Cache-Control": "public, max-age=300" }),
  });
});
export const OPTIONS = corsPreflight;
