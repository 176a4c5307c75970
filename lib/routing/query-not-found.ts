import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing.ts";
import { parseCompareQuery } from "../compare/compare-query.ts";
import { parseWidgetMapQuery } from "../embed/widget-map-query.ts";
import { parseFacilitiesQuery } from "../facilities/facilities-query.ts";
import { parseNeedReachQuery } from "../facilities/need-reach-query.ts";
import { parseInitiativesQuery } from "../initiatives/initiatives-query.ts";
import { parseMapQuery } from "../maps/map-query.ts";
import { parseOverlapQuery } from "../maps/overlap-query.ts";
import { parseStackingQuery } from "../maps/stacking-query.ts";
import { searchParamsRecord } from "./search-params.ts";

export interface KnownChoices {
  /** Whether the current release maps this indicator per buurt and has this year. */
  mapChoice: (choice: { indicator?: string; year?: number }) => Promise<boolean>;
  buurt: (code: string) => Promise<boolean>;
}

type Params = Record<string, string | string[]>;

/** Per page whose query is part of its address: whether a query names only things that exist. */
const QUERY_PAGES: { path: RegExp; isKnown: (params: Params, known: KnownChoices) => Promise<boolean> }[] = [
  {
    path: /^\/([a-z]{2})\/kaart\/?$/,
    isKnown: async (params, known) => {
      const query = parseMapQuery(params);
      if (!query) return false;
      return (query.indicator === undefined && query.jaar === undefined) || known.mapChoice({ indicator: query.indicator, year: query.jaar });
    },
  },
  {
    // The map widget shows in a partner's frame what /kaart shows: the same choices exist.
    path: /^\/([a-z]{2})\/insluiten\/kaart\/?$/,
    isKnown: async (params, known) => {
      const query = parseWidgetMapQuery(params);
      if (!query) return false;
      return (query.indicator === undefined && query.jaar === undefined) || known.mapChoice({ indicator: query.indicator, year: query.jaar });
    },
  },
  {
    path: /^\/([a-z]{2})\/kaart\/stapeling\/?$/,
    isKnown: async (params, known) => {
      const query = parseStackingQuery(params);
      return query !== null && (query.jaar === undefined || known.mapChoice({ year: query.jaar }));
    },
  },
  {
    path: /^\/([a-z]{2})\/kaart\/overlap\/?$/,
    isKnown: async (params, known) => {
      const query = parseOverlapQuery(params);
      if (!query) return false;
      const checks = [query.eerste, query.tweede].map((indicator) => known.mapChoice({ indicator, year: query.jaar }));
      return (await Promise.all(checks)).every(Boolean);
    },
  },
  {
    path: /^\/([a-z]{2})\/voorzieningen\/?$/,
    isKnown: async (params) => parseFacilitiesQuery(params) !== null,
  },
  {
    path: /^\/([a-z]{2})\/voorzieningen\/behoefte\/?$/,
    isKnown: async (params, known) => {
      const query = parseNeedReachQuery(params);
      if (!query) return false;
      return (query.behoefte === undefined && query.jaar === undefined) || known.mapChoice({ indicator: query.behoefte, year: query.jaar });
    },
  },
  {
    path: /^\/([a-z]{2})\/initiatieven\/?$/,
    isKnown: async (params, known) => {
      const query = parseInitiativesQuery(params);
      return query !== null && (query.buurt === undefined || known.buurt(query.buurt));
    },
  },
  {
    path: /^\/([a-z]{2})\/vergelijk\/?$/,
    isKnown: async (params, known) => {
      const query = parseCompareQuery(params);
      return query !== null && (await Promise.all(query.buurt.map(known.buurt))).every(Boolean);
    },
  },
];

/**
 * These pages' queries are part of their address: a choice that is malformed, or names an
 * indicator, year or buurt that does not exist, is "not found". Decided here, before
 * rendering, for the same reason as notFoundPath (a 404 drawn by the server).
 */
export async function queryNotFound(pathname: string, search: URLSearchParams, known: KnownChoices): Promise<string | undefined> {
  for (const page of QUERY_PAGES) {
    const match = pathname.match(page.path);
    if (!match || !hasLocale(routing.locales, match[1])) continue;
    return (await page.isKnown(searchParamsRecord(search), known)) ? undefined : `/${match[1]}/_niet-gevonden`;
  }
  return undefined;
}
