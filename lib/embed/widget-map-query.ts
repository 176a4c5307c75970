import { z } from "zod";
import { IndicatorParam, YearParam } from "../maps/map-query.ts";
import { definedOnly } from "../routing/search-params.ts";

// What the map widget's URL may say: ?indicator=…&jaar=…&weergave=kaart|tabel. Partners
// paste it once and keep it for years, so anything else is refused (a 404 inside their
// frame) rather than silently showing another picture.

const WidgetMapQuerySchema = z
  .object({
    indicator: IndicatorParam.optional(),
    jaar: YearParam.optional(),
    weergave: z.enum(["kaart", "tabel"]).optional(),
  })
  .strict();

export type WidgetMapQuery = z.infer<typeof WidgetMapQuerySchema>;

/** The parsed query, or null when any part of it is not a valid choice. */
export function parseWidgetMapQuery(searchParams: Record<string, string | string[] | undefined>): WidgetMapQuery | null {
  const parsed = WidgetMapQuerySchema.safeParse(definedOnly(searchParams));
  return parsed.success ? parsed.data : null;
}
