import { z } from "zod";
import { definedOnly } from "../routing/search-params.ts";

// What the overlap page's URL may say: ?eerste=…&tweede=…&jaar=…&sorteer=…&volgorde=….
// The two indicators must differ: the same one twice is not an overlap.

const IndicatorCode = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/).max(64);

const OverlapQuerySchema = z
  .object({
    eerste: IndicatorCode.optional(),
    tweede: IndicatorCode.optional(),
    jaar: z.coerce.number().int().min(1900).max(2200).optional(),
    sorteer: z.enum(["buurt", "eerste", "tweede"]).optional(),
    volgorde: z.enum(["op", "af"]).optional(),
  })
  .strict()
  .refine((query) => query.eerste === undefined || query.eerste !== query.tweede);

export type OverlapQuery = z.infer<typeof OverlapQuerySchema>;

export function parseOverlapQuery(searchParams: Record<string, string | string[] | undefined>): OverlapQuery | null {
  const parsed = OverlapQuerySchema.safeParse(definedOnly(searchParams));
  return parsed.success ? parsed.data : null;
}
