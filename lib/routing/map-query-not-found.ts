import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing.ts";
import { type MapQuery, parseMapSearch } from "../maps/map-query.ts";

const MAP_PATH = /^\/([a-z]{2})\/kaart\/?$/;

/**
 * The map page's query is part of its address: a choice that is malformed, or names an
 * indicator or year the current release does not show, is "not found". Decided here,
 * before rendering, for the same reason as notFoundPath (a 404 drawn by the server).
 */
export async function mapQueryNotFound(
  pathname: string,
  search: URLSearchParams,
  isKnownMapChoice: (choice: { indicator?: string; year?: number }) => Promise<boolean>,
): Promise<string | undefined> {
  const match = pathname.match(MAP_PATH);
  if (!match || !hasLocale(routing.locales, match[1])) return undefined;
  const notFound = `/${match[1]}/_niet-gevonden`;
  const query: MapQuery | null = parseMapSearch(search);
  if (!query) return notFound;
  if (query.indicator === undefined && query.jaar === undefined) return undefined;
  return (await isKnownMapChoice({ indicator: query.indicator, year: query.jaar })) ? undefined : notFound;
}
