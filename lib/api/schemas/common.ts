import { z } from "zod";
import { named } from "./registry.ts";

export const Text = named("Tekst", "A text in Dutch and English.", z.strictObject({ nl: z.string(), en: z.string() }));

export const Link = named("Link", "An absolute URL.", z.strictObject({ href: z.string() }));

export const PageLinks = named(
  "PaginaLinks",
  "Links to this page and its neighbours; the same relations as the Link header.",
  z.strictObject({ self: Link, first: Link, last: Link, prev: Link.optional(), next: Link.optional() }),
);

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position);

export const AreaGeometry = named(
  "Vlak",
  "A GeoJSON Polygon or MultiPolygon in WGS84 (CRS84), RFC 7946 winding.",
  z.union([
    z.strictObject({ type: z.literal("Polygon"), coordinates: z.array(ring) }),
    z.strictObject({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring)) }),
  ]),
);

export const PointGeometry = named("Punt", "A GeoJSON Point in WGS84 (CRS84).", z.strictObject({ type: z.literal("Point"), coordinates: position }));

export const Problem = named(
  "Probleem",
  "RFC 9457 problem details. `invalid-params` names each refused query parameter.",
  z.strictObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    "invalid-params": z.array(z.strictObject({ name: z.string(), reason: z.string() })).optional(),
  }),
);
