import { z } from "zod";
import { definedOnly, searchParamsRecord } from "../routing/search-params.ts";

// What a map URL may say: ?indicator=…&jaar=…&sorteer=…&volgorde=…. Anything else is refused
// as a whole, so a mistyped link does not silently show another picture.

/** An indicator code as a URL may name it; whether the release has it is asked separately. */
export const IndicatorParam = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/).max(64);
/** A release year as a URL may name it. */
export const YearParam = z.coerce.number().int().min(1900).max(2200);

const MapQuerySchema = z
  .object({
    indicator: IndicatorParam.optional(),
    jaar: YearParam.optional(),
    sorteer: z.enum(["buurt", "waarde"]).optional(),
    volgorde: z.enum(["op", "af"]).optional(),
  })
  .strict();

export type MapQuery = z.infer<typeof MapQuerySchema>;

/** The parsed query, or null when any part of it is not a valid choice. */
export function parseMapQuery(searchParams: Record<string, string | string[] | undefined>): MapQuery | null {
  const parsed = MapQuerySchema.safeParse(definedOnly(searchParams));
  return parsed.success ? parsed.data : null;
}

/** The same from a URL's query, where a repeated key becomes a list (and is refused). */
export function parseMapSearch(search: URLSearchParams): MapQuery | null {
  return parseMapQuery(searchParamsRecord(search));
}
