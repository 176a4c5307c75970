import { z } from "zod";
import { API_VERSION, CRS84 } from "./api-headers.ts";
import "./schemas/ambitions.ts";
import "./schemas/areas.ts";
import "./schemas/facilities.ts";
import "./schemas/indicators.ts";
import "./schemas/initiatives.ts";
import "./schemas/values.ts";
import { apiSchemas } from "./schemas/registry.ts";

type Parameter = { name: string; in: "query" | "path"; required?: boolean; description: string; schema: Record<string, unknown> };

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const page: Parameter[] = [
  { name: "pagina", in: "query", description: "Page number, from 1.", schema: { type: "integer", minimum: 1, default: 1 } },
  { name: "paginaGrootte", in: "query", description: "Items per page.", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
];
const bbox: Parameter = {
  name: "bbox",
  in: "query",
  description: "minLon,minLat,maxLon,maxLat in WGS84 (CRS84). Items whose bounding box meets this box.",
  schema: { type: "string", pattern: "^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$" },
};
const path = (name: string, description: string): Parameter => ({ name, in: "path", required: true, description, schema: { type: "string" } });

const problems = {
  "400": { description: "A parameter is unknown, repeated or invalid.", content: { "application/problem+json": { schema: ref("Probleem") } } },
  "404": { description: "Not found, or nothing published yet.", content: { "application/problem+json": { schema: ref("Probleem") } } },
};
const common = {
  "API-Version": { description: "The version of this API.", schema: { type: "string" } },
  ETag: { description: "Changes with every import or release.", schema: { type: "string" } },
};
const paged = {
  ...common,
  "X-Total-Count": { description: "Items in the whole collection.", schema: { type: "integer" } },
  Link: { description: "first, last, prev, next, self (RFC 8288).", schema: { type: "string" } },
};

function operation(options: { summary: string; schema: string; mediaType: "application/json" | "application/geo+json"; parameters: Parameter[]; paged?: boolean }) {
  return {
    get: {
      summary: options.summary,
      parameters: options.parameters,
      responses: {
        "200": {
          description: "OK",
          headers: {
            ...(options.paged ? paged : common),
            ...(options.mediaType === "application/geo+json" ? { "Content-Crs": { description: `Always ${CRS84}.`, schema: { type: "string" } } } : {}),
          },
          content: { [options.mediaType]: { schema: ref(options.schema) } },
        },
        "304": { description: "Not modified (If-None-Match named the current ETag)." },
        ...problems,
      },
    },
  };
}

/** Component schemas from the Zod schemas the handlers build their bodies as. */
function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

/**
 * The OpenAPI 3.1 document of /api/v1. Served as it is built here, so a partner's
 * generated client and our tests read the same contract.
 */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Buurtbeeld open data API",
      version: API_VERSION,
      description:
        "Published figures per gemeente, wijk and buurt from the current protected release (after disclosure control: small counts withheld, counts rounded, audited), with the areas, facilities and ambitions of the Omgevingsvisie. Nothing finer than a buurt, no raw counts. Texts of errors follow Accept-Language (nl, en).",
      license: { name: "CC-BY-4.0", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/buurten": operation({ summary: "Buurten as GeoJSON", schema: "Gebieden", mediaType: "application/geo+json", paged: true, parameters: [...page, bbox, { name: "wijk", in: "query", description: "Only the buurten of this wijk (WK code).", schema: { type: "string" } }] }),
      "/buurten/{code}": operation({ summary: "One buurt", schema: "Gebied", mediaType: "application/geo+json", parameters: [path("code", "CBS buurt code, BU + 8 digits.")] }),
      "/wijken": operation({ summary: "Wijken as GeoJSON", schema: "Gebieden", mediaType: "application/geo+json", paged: true, parameters: [...page, bbox] }),
      "/wijken/{code}": operation({ summary: "One wijk", schema: "Gebied", mediaType: "application/geo+json", parameters: [path("code", "CBS wijk code, WK + 6 digits.")] }),
      "/indicatoren": operation({ summary: "Indicators of the current release", schema: "Indicatoren", mediaType: "application/json", paged: true, parameters: page }),
      "/indicatoren/{code}": operation({ summary: "One indicator", schema: "Indicator", mediaType: "application/json", parameters: [path("code", "Indicator code.")] }),
      "/waarden": operation({
        summary: "Values of the current release",
        schema: "Waarden",
        mediaType: "application/json",
        paged: true,
        parameters: [
          ...page,
          { name: "indicator", in: "query", description: "Indicator code.", schema: { type: "string" } },
          { name: "jaar", in: "query", description: "Year.", schema: { type: "integer" } },
          { name: "gebied", in: "query", description: "GM, WK or BU code.", schema: { type: "string" } },
          { name: "niveau", in: "query", description: "Area level.", schema: { type: "string", enum: ["gemeente", "wijk", "buurt"] } },
          { name: "categorie", in: "query", description: "Category code; `totaal` for all categories together.", schema: { type: "string" } },
        ],
      }),
      "/voorzieningen": operation({
        summary: "Facilities as GeoJSON points",
        schema: "Voorzieningen",
        mediaType: "application/geo+json",
        paged: true,
        parameters: [
          ...page,
          bbox,
          { name: "soort", in: "query", description: "Facility type.", schema: { type: "string" } },
          { name: "buurt", in: "query", description: "Only the facilities in this buurt (BU code).", schema: { type: "string" } },
        ],
      }),
      "/ambities": operation({
        summary: "Ambitions of the Omgevingsvisie as GeoJSON",
        schema: "Ambities",
        mediaType: "application/geo+json",
        paged: true,
        parameters: [...page, bbox, { name: "thema", in: "query", description: "Theme code.", schema: { type: "string" } }],
      }),
      "/initiatieven": operation({
        summary: "Published initiatives as GeoJSON",
        schema: "Initiatieven",
        mediaType: "application/geo+json",
        paged: true,
        parameters: [
          ...page,
          bbox,
          { name: "buurt", in: "query", description: "Only the initiatives of this buurt (BU code).", schema: { type: "string" } },
          { name: "categorie", in: "query", description: "Category code.", schema: { type: "string" } },
          { name: "status", in: "query", description: "Public status.", schema: { type: "string", enum: ["gepubliceerd", "in-uitvoering", "gerealiseerd", "gesloten"] } },
        ],
      }),
      "/initiatieven/{id}": operation({ summary: "One published initiative", schema: "Initiatief", mediaType: "application/geo+json", parameters: [path("id", "Initiative id.")] }),
      "/ambities/{id}": operation({ summary: "One ambition", schema: "Ambitie", mediaType: "application/geo+json", parameters: [path("id", "Ambition id.")] }),
    },
    components: { schemas: componentSchemas() },
  };
}
