import { z } from "zod";
import { BuurtCodeParam } from "../areas/buurt-code-param.ts";
import { IndicatorParam, YearParam } from "../maps/map-query.ts";

// The snippet generator's GET form: ?soort=kaart|buurt&indicator=…&jaar=…&buurt=…&breedte=…&hoogte=….
// Unlike a map's address, this is a form a person fills in: every field is read on its own,
// and what is wrong is said next to the form instead of ending in "not found".

export const EMBED_FIELDS = ["soort", "indicator", "jaar", "buurt", "breedte", "hoogte"] as const;
export type EmbedField = (typeof EMBED_FIELDS)[number];

/** Frame sizes the widgets are made for: from the smallest that keeps legend and table usable. */
export const FRAME_SIZE = { min: 300, max: 1600 } as const;
const DEFAULT_SIZE = { kaart: { breedte: 600, hoogte: 560 }, buurt: { breedte: 360, hoogte: 420 } } as const;

const FrameSize = z.coerce.number().int().min(FRAME_SIZE.min).max(FRAME_SIZE.max);

const FIELD_SCHEMAS = {
  soort: z.enum(["kaart", "buurt"]),
  indicator: IndicatorParam,
  jaar: YearParam,
  buurt: BuurtCodeParam,
  breedte: FrameSize,
  hoogte: FrameSize,
} satisfies Record<EmbedField, z.ZodType>;

export interface EmbedQuery {
  soort: "kaart" | "buurt";
  indicator?: string;
  /** Absent: the widget always shows the newest year of the release. */
  jaar?: number;
  buurt?: string;
  breedte: number;
  hoogte: number;
}

/** What the current release offers to embed, and what a fresh form starts with. */
export interface EmbedOffer {
  indicators: readonly string[];
  defaultIndicator: string;
  years: readonly number[];
  buurten: readonly string[];
}

export type EmbedChoice =
  | { kind: "kaart"; indicator: string; jaar?: number; breedte: number; hoogte: number }
  | { kind: "buurt"; buurt: string; breedte: number; hoogte: number };

/**
 * The form's fields one by one: a field that is empty or absent takes its default, a field
 * that is malformed (or given twice) is named in `problems` and takes its default too, so
 * the form can be shown again with everything else as the visitor left it.
 */
export function parseEmbedQuery(searchParams: Record<string, string | string[] | undefined>): { query: EmbedQuery; problems: EmbedField[] } {
  const problems: EmbedField[] = [];
  const read = <Field extends EmbedField>(field: Field): z.output<(typeof FIELD_SCHEMAS)[Field]> | undefined => {
    const raw = searchParams[field];
    if (raw === undefined || raw === "") return undefined;
    const parsed = typeof raw === "string" ? FIELD_SCHEMAS[field].safeParse(raw.trim()) : null;
    if (parsed?.success) return parsed.data as z.output<(typeof FIELD_SCHEMAS)[Field]>;
    problems.push(field);
    return undefined;
  };
  const soort = read("soort") ?? "kaart";
  const query: EmbedQuery = {
    soort,
    indicator: read("indicator"),
    jaar: read("jaar"),
    buurt: read("buurt"),
    breedte: read("breedte") ?? DEFAULT_SIZE[soort].breedte,
    hoogte: read("hoogte") ?? DEFAULT_SIZE[soort].hoogte,
  };
  return { query, problems };
}

/**
 * The widget the form describes, checked against what the release has: an indicator, year
 * or buurt it lacks is a problem like a malformed one, and with any problem there is no
 * widget to show. Without a choice: the map's default indicator, the newest year, the first buurt.
 */
export function readEmbedForm(
  searchParams: Record<string, string | string[] | undefined>,
  offer: EmbedOffer,
): { query: EmbedQuery; choice: EmbedChoice | null; problems: EmbedField[] } {
  const { query, problems } = parseEmbedQuery(searchParams);
  if (query.indicator !== undefined && !offer.indicators.includes(query.indicator)) problems.push("indicator");
  if (query.jaar !== undefined && !offer.years.includes(query.jaar)) problems.push("jaar");
  if (query.buurt !== undefined && !offer.buurten.includes(query.buurt)) problems.push("buurt");
  const buurt = query.buurt ?? offer.buurten[0];
  if (problems.length > 0 || (query.soort === "buurt" && buurt === undefined)) return { query, choice: null, problems };
  const size = { breedte: query.breedte, hoogte: query.hoogte };
  const choice: EmbedChoice =
    query.soort === "kaart" ? { kind: "kaart", indicator: query.indicator ?? offer.defaultIndicator, jaar: query.jaar, ...size } : { kind: "buurt", buurt: buurt!, ...size };
  return { query, choice, problems };
}
