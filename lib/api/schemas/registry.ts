import { z } from "zod";

/**
 * Every schema the OpenAPI document names. The handlers build their bodies as these
 * types, and the document is generated from the same schemas, so they cannot drift; the
 * e2e test still validates real responses against the served document.
 */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

export function named<T extends z.ZodType>(id: string, description: string, schema: T): T {
  apiSchemas.add(schema, { id, description });
  return schema;
}
