import { z } from "zod";
import { ApiProblem } from "./api-problem.ts";
import { parseBbox } from "./bbox.ts";
import type { InvalidParam } from "./problem-response.ts";

/** Why a parameter was refused: keys under `api.reasons` in messages/*.json. */
export type ReasonKey = "unknownParameter" | "repeated" | "notAWholeNumber" | "outOfRange" | "notOneOf" | "badBbox" | "badCode" | "notInRelease" | "invalid";

export type ReasonTranslator = (key: ReasonKey, values?: Record<string, string | number>) => string;

const wholeNumber = z.string().regex(/^\d{1,9}$/, { message: "notAWholeNumber" }).transform(Number);

/** A whole number within bounds, from the query string. */
export const intParam = (min: number, max: number) =>
  wholeNumber.pipe(z.number().int().min(min, { message: `outOfRange:${min}:${max}` }).max(max, { message: `outOfRange:${min}:${max}` }));

export const bboxParam = z.string().transform((raw, context) => {
  const bbox = parseBbox(raw);
  if (!bbox) {
    context.addIssue({ code: "custom", message: "badBbox" });
    return z.NEVER;
  }
  return bbox;
});

/** A trimmed code matching a pattern (an indicator or category code). */
export const codeParam = (pattern: RegExp) =>
  z
    .string()
    .max(40)
    .transform((value) => value.trim())
    .pipe(z.string().regex(pattern, { message: "badCode" }));

export const paginationParams = {
  pagina: intParam(1, 100_000).optional(),
  paginaGrootte: intParam(1, 100).optional(),
};

const REASONS = new Set<string>(["notAWholeNumber", "outOfRange", "badBbox", "badCode"] satisfies ReasonKey[]);

// Our schemas put the reason's message key (and for a range its bounds, "outOfRange:1:100")
// in the issue's message, so the reason can be translated; Zod's own issues map by code.
function reasonOf(issue: z.core.$ZodIssue, t: ReasonTranslator): string {
  if (issue.code === "invalid_value") return t("notOneOf", { allowed: issue.values.map(String).join(", ") });
  const [key = "", min = "", max = ""] = issue.message.split(":");
  return REASONS.has(key) ? t(key as ReasonKey, { min, max }) : t("invalid");
}

/**
 * Reads a query string strictly: every parameter known, none repeated, every value valid.
 * A partner's typo ("paginagrootte") must be an error, not a silently ignored filter that
 * returns the whole collection.
 */
export function parseApiQuery<Shape extends z.ZodRawShape>(
  searchParams: URLSearchParams,
  shape: Shape,
  t: ReasonTranslator,
): z.output<z.ZodObject<Shape>> {
  const invalid: InvalidParam[] = [];
  const raw: Record<string, string> = {};
  for (const [name, value] of searchParams) {
    if (!(name in shape)) invalid.push({ name, reason: t("unknownParameter") });
    else if (name in raw) invalid.push({ name, reason: t("repeated") });
    else raw[name] = value;
  }
  const parsed = z.object(shape).safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) invalid.push({ name: String(issue.path[0] ?? ""), reason: reasonOf(issue, t) });
  }
  if (invalid.length > 0 || !parsed.success) throw new ApiProblem(400, "badQuery", {}, dedupe(invalid));
  return parsed.data;
}

function dedupe(params: InvalidParam[]): InvalidParam[] {
  const seen = new Set<string>();
  return params.filter((param) => {
    const key = `${param.name}\n${param.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
