import { z } from "zod";

// The GeoJSON shapes every area-like importer reads (gebiedsindelingen, Omgevingsvisie
// areas): a FeatureCollection of features whose geometry is checked as (Multi)Polygon.

export const PositionSchema = z.tuple([z.number(), z.number()]).rest(z.number());
export const PolygonSchema = z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(PositionSchema)) });
export const MultiPolygonSchema = z.object({
  type: z.literal("MultiPolygon"),
  coordinates: z.array(z.array(z.array(PositionSchema))),
});
export const AreaGeometrySchema = z.discriminatedUnion("type", [PolygonSchema, MultiPolygonSchema]);
export const AreaFeatureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.object({ type: z.string() }).loose().nullable(),
});
export const FeatureCollectionSchema = z.object({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) }).loose();
