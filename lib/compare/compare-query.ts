import { z } from "zod";
import { BuurtCodeParam } from "../areas/buurt-code-param.ts";
import { definedOnly } from "../routing/search-params.ts";

// What the comparison's URL may say: ?buurt=…&buurt=… (up to four, each once). The form
// sends its empty selects too, so empty values are dropped before the check.

export const MAX_COMPARED = 4;

const CompareQuerySchema = z
  .object({
    buurt: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((code) => code.trim() !== ""))
      .pipe(z.array(BuurtCodeParam).max(MAX_COMPARED))
      .refine((codes) => new Set(codes).size === codes.length),
  })
  .strict();

export type CompareQuery = z.infer<typeof CompareQuerySchema>;

export function parseCompareQuery(searchParams: Record<string, string | string[] | undefined>): CompareQuery | null {
  const parsed = CompareQuerySchema.safeParse(definedOnly(searchParams));
  return parsed.success ? parsed.data : null;
}
