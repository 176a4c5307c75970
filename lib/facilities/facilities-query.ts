import { z } from "zod";
import { definedOnly } from "../routing/search-params.ts";
import { FACILITY_TYPE_CODES, type FacilityTypeCode } from "./facility-types.ts";

// What the facilities page's URL may say: ?soort=…&bereik=…&sorteer=…&volgorde=…

export const RING_RADII = ["400", "800", "1200"] as const;

const FacilitiesQuerySchema = z
  .object({
    soort: z.enum(FACILITY_TYPE_CODES as unknown as [FacilityTypeCode, ...FacilityTypeCode[]]).optional(),
    bereik: z.enum(RING_RADII).optional(),
    sorteer: z.enum(["buurt", "afstand", "binnen400", "binnen800", "binnen1200"]).optional(),
    volgorde: z.enum(["op", "af"]).optional(),
  })
  .strict();

export type FacilitiesQuery = z.infer<typeof FacilitiesQuerySchema>;

export function parseFacilitiesQuery(searchParams: Record<string, string | string[] | undefined>): FacilitiesQuery | null {
  const parsed = FacilitiesQuerySchema.safeParse(definedOnly(searchParams));
  return parsed.success ? parsed.data : null;
}
