import { z } from "zod";
import { definedOnly } from "../routing/search-params.ts";

// What the stacking page's URL may say: ?jaar=…&sorteer=…&volgorde=…; anything else is refused.

const StackingQuerySchema = z
  .object({
    jaar: z.coerce.number().int().min(1900).max(2200).optional(),
    sorteer: z.enum(["buurt", "aantal"]).optional(),
    volgorde: z.enum(["op", "af"]).optional(),
  })
  .strict();

export type StackingQuery = z.infer<typeof StackingQuerySchema>;

export function parseStackingQuery(searchParams: Record<string, string | string[] | undefined>): StackingQuery | null {
  const parsed = StackingQuerySchema.safeParse(definedOnly(searchParams));
  return parsed.success ? parsed.data : null;
}
