import { z } from "zod";
import { Link, PageLinks, PointGeometry, Text } from "./common.ts";
import { named } from "./registry.ts";

const PublicStatus = z.enum(["gepubliceerd", "in-uitvoering", "gerealiseerd", "gesloten"]);

export const InitiativeFeature = named(
  "Initiatief",
  "A published initiative as a GeoJSON Feature. The point is coarsened to about 100 m; null when the submitter chose a buurt instead of a point. Nothing about the submitter but the kind (resident, entrepreneur, organisation).",
  z.strictObject({
    type: z.literal("Feature"),
    id: z.string(),
    geometry: PointGeometry.nullable(),
    properties: z.strictObject({
      titel: z.string(),
      beschrijving: z.string(),
      categorie: z.string(),
      categorieNaam: Text,
      indiener: z.enum(["bewoner", "ondernemer", "organisatie"]),
      buurt: z.string(),
      status: PublicStatus,
      reden: z.string().nullable(),
      ingediendOp: z.string(),
      gepubliceerdOp: z.string(),
      geschiedenis: z.array(z.strictObject({ status: PublicStatus, reden: z.string().nullable(), datum: z.string() })),
    }),
    _links: z.strictObject({ self: Link, buurt: Link }),
  }),
);

export const InitiativeCollection = named(
  "Initiatieven",
  "One page of published initiatives as a GeoJSON FeatureCollection.",
  z.strictObject({ type: z.literal("FeatureCollection"), features: z.array(InitiativeFeature), _links: PageLinks }),
);

export type InitiativeFeatureBody = z.infer<typeof InitiativeFeature>;
export type InitiativeCollectionBody = z.infer<typeof InitiativeCollection>;
