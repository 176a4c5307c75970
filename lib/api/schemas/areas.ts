import { z } from "zod";
import { AreaGeometry, Link, PageLinks } from "./common.ts";
import { named } from "./registry.ts";

const AreaLinks = z.strictObject({ self: Link, waarden: Link, wijk: Link.optional(), buurten: Link.optional() });

export const AreaProperties = named(
  "GebiedEigenschappen",
  "A wijk or buurt of the CBS division the portal uses.",
  z.strictObject({
    code: z.string(),
    naam: z.string(),
    niveau: z.enum(["wijk", "buurt"]),
    gemeente: z.string(),
    wijk: z.string().nullable(),
    indelingsjaar: z.number().int(),
  }),
);

export const AreaFeature = named(
  "Gebied",
  "One wijk or buurt as a GeoJSON Feature, with links to its values.",
  z.strictObject({ type: z.literal("Feature"), id: z.string(), geometry: AreaGeometry, properties: AreaProperties, _links: AreaLinks }),
);

export const AreaCollection = named(
  "Gebieden",
  "One page of wijken or buurten as a GeoJSON FeatureCollection.",
  z.strictObject({ type: z.literal("FeatureCollection"), features: z.array(AreaFeature), _links: PageLinks }),
);

export type AreaFeatureBody = z.infer<typeof AreaFeature>;
export type AreaCollectionBody = z.infer<typeof AreaCollection>;
