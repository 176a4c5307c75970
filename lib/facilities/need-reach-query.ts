import { z } from "zod";
import { definedOnly } from "../routing/search-params.ts";
import { FACILITY_TYPE_CODES, type FacilityTypeCode } from "./facility-types.ts";

// What the need × reach page's URL may say: ?behoefte=…&soort=…&jaar=…&sorteer=…&volgorde=….

const NeedReachQuerySchema = z
  .object({
    behoefte: z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/).max(64).optional(),
    soort: z.enum(FACILITY_TYPE_CODES as unknown as [FacilityTypeCode, ...FacilityTypeCode[]]).optional(),
    jaar: z.coerce.number().int().min(1900).max(2200).optional(),
    sorteer: z.enum(["buurt", "behoefte", "afstand"]).optional(),
    volgorde: z.enum(["op", "af"]).optional(),
  })
  .strict();

export type NeedReachQuery = z.infer<typeof NeedReachQuerySchema>;

export function parseNeedReachQuery(searchParams: Record<string, string | string[] | undefined>): NeedReachQuery | null {
  const parsed = NeedReachQuerySchema.safeParse(definedOnly(searchParams));
  return parsed.success ? parsed.data : null;
}
