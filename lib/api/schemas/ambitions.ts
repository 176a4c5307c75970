import { z } from "zod";
import { AreaGeometry, Link, PageLinks, Text } from "./common.ts";
import { named } from "./registry.ts";

export const AmbitionFeature = named(
  "Ambitie",
  "An ambition of the Omgevingsvisie as a GeoJSON Feature, with the buurten its area touches.",
  z.strictObject({
    type: z.literal("Feature"),
    id: z.string(),
    geometry: AreaGeometry,
    properties: z.strictObject({
      thema: z.string(),
      titel: Text,
      tekst: Text,
      status: z.string(),
      document: z.string().nullable(),
      demo: z.boolean(),
      buurten: z.array(z.strictObject({ code: z.string(), aandeelBuurt: z.number(), aandeelAmbitie: z.number() })),
    }),
    _links: z.strictObject({ self: Link }),
  }),
);

export const AmbitionCollection = named(
  "Ambities",
  "One page of the ambitions as a GeoJSON FeatureCollection.",
  z.strictObject({ type: z.literal("FeatureCollection"), features: z.array(AmbitionFeature), _links: PageLinks }),
);

export type AmbitionFeatureBody = z.infer<typeof AmbitionFeature>;
export type AmbitionCollectionBody = z.infer<typeof AmbitionCollection>;
