import { z } from "zod";
import { definedOnly } from "../routing/search-params.ts";
import { INITIATIVE_CATEGORY_CODES } from "./initiative-categories.ts";
import { PUBLIC_STATUSES, STATUS_WORDS, statusOfWord, type PublicInitiativeStatus } from "./initiative-status.ts";

// What the initiatives page's URL may say: ?buurt=…&categorie=…&status=…&sorteer=…&volgorde=…
// The filter form sends an empty value for "all", which means no filter.

const blankIsAbsent = (schema: z.ZodType) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const STATUS_WORD_LIST = PUBLIC_STATUSES.map((status) => STATUS_WORDS[status]) as [string, ...string[]];

export const INITIATIVE_SORT_KEYS = ["titel", "buurt", "categorie", "status", "datum"] as const;
export type InitiativeSortKey = (typeof INITIATIVE_SORT_KEYS)[number];

const InitiativesQuerySchema = z
  .object({
    buurt: blankIsAbsent(z.string().max(16).toUpperCase().regex(/^BU\d{8}$/)),
    categorie: blankIsAbsent(z.enum(INITIATIVE_CATEGORY_CODES)),
    status: blankIsAbsent(z.enum(STATUS_WORD_LIST)),
    sorteer: z.enum(INITIATIVE_SORT_KEYS).optional(),
    volgorde: z.enum(["op", "af"]).optional(),
  })
  .strict();

export interface InitiativesQuery {
  buurt?: string;
  categorie?: (typeof INITIATIVE_CATEGORY_CODES)[number];
  /** The status word of the URL ("in-uitvoering"). */
  status?: string;
  sorteer?: InitiativeSortKey;
  volgorde?: "op" | "af";
}

export function parseInitiativesQuery(searchParams: Record<string, string | string[] | undefined>): InitiativesQuery | null {
  const parsed = InitiativesQuerySchema.safeParse(definedOnly(searchParams));
  return parsed.success ? (parsed.data as InitiativesQuery) : null;
}

/** The filter the query asks for, in the terms of the public read. */
export function initiativesFilter(query: InitiativesQuery): { buurtCode?: string; category?: string; status?: PublicInitiativeStatus } {
  return { buurtCode: query.buurt, category: query.categorie, status: query.status ? statusOfWord(query.status) : undefined };
}
