import { z } from "zod";
import { PageLinks, PointGeometry, Text } from "./common.ts";
import { named } from "./registry.ts";

export const FacilityFeature = named(
  "Voorziening",
  "A facility (GP, supermarket, school, ...) as a GeoJSON Point Feature.",
  z.strictObject({
    type: z.literal("Feature"),
    id: z.string(),
    geometry: PointGeometry,
    properties: z.strictObject({
      soort: z.string(),
      soortNaam: Text,
      naam: z.string().nullable(),
      buurt: z.string().nullable().describe("The buurt the point lies in; null when it lies outside the gemeente."),
      demo: z.boolean(),
    }),
  }),
);

export const FacilityCollection = named(
  "Voorzieningen",
  "One page of facilities as a GeoJSON FeatureCollection.",
  z.strictObject({ type: z.literal("FeatureCollection"), features: z.array(FacilityFeature), _links: PageLinks }),
);

export type FacilityCollectionBody = z.infer<typeof FacilityCollection>;
