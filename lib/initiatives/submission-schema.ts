import { z } from "zod";
import { BuurtCodeParam } from "../areas/buurt-code-param.ts";
import { checkFormToken, type FormTokenRules } from "../abuse/form-token.ts";
import { cleanMultilineText, cleanSingleLineText } from "./clean-plain-text.ts";
import { INITIATIVE_CATEGORY_CODES, type InitiativeCategoryCode } from "./initiative-categories.ts";
import {
  DESCRIPTION_LENGTH,
  EMAIL_MAX_LENGTH,
  HONEYPOT_FIELD,
  PRIVACY_CONSENT,
  SUBMITTER_KINDS,
  type SubmissionField,
  type SubmitterKindCode,
  TITLE_LENGTH,
} from "./submission-fields.ts";

export type { SubmissionField, SubmitterKindCode } from "./submission-fields.ts";

// The public submission form, field by field. Every field is checked on its own so that one
// answer lists every problem at once; each problem is a message key the form translates
// (initiativeForm.errors.*). Texts are cleaned (clean-plain-text.ts) before their length counts.

/** Around the Netherlands: a point outside is a mistake or made up, and not worth a lookup. */
const NETHERLANDS = { minLon: 3.0, maxLon: 7.5, minLat: 50.5, maxLat: 53.8 };

export type SubmissionLocation = { kind: "point"; lon: number; lat: number } | { kind: "buurt"; code: string };

export interface Submission {
  title: string;
  description: string;
  category: InitiativeCategoryCode;
  submitterKind: SubmitterKindCode;
  location: SubmissionLocation;
  email: string | null;
  idempotencyKey: string;
}

/** Refusals of the form as a whole, not of one field. */
export type FormProblem = "refused" | "tooFast" | "expired";

export type SubmissionParse =
  | { ok: true; submission: Submission }
  | { ok: false; fields: Partial<Record<SubmissionField, string>>; form: FormProblem | null };

export interface SubmissionContext {
  secret: string;
  rules: FormTokenRules;
  now?: Date;
}

export const TitleField = z
  .string({ error: "titleMissing" })
  .transform(cleanSingleLineText)
  .pipe(z.string().min(1, "titleMissing").min(TITLE_LENGTH.min, "titleTooShort").max(TITLE_LENGTH.max, "titleTooLong"));

export const DescriptionField = z
  .string({ error: "descriptionMissing" })
  .transform(cleanMultilineText)
  .pipe(
    z.string().min(1, "descriptionMissing").min(DESCRIPTION_LENGTH.min, "descriptionTooShort").max(DESCRIPTION_LENGTH.max, "descriptionTooLong"),
  );

export const CategoryField = z.enum(INITIATIVE_CATEGORY_CODES, { error: "categoryMissing" });

const SubmitterKind = z.enum(SUBMITTER_KINDS, { error: "submitterKindMissing" });

const Email = z
  .string({ error: "emailInvalid" })
  .trim()
  .max(EMAIL_MAX_LENGTH, "emailTooLong")
  .transform((value) => (value === "" ? null : value))
  .pipe(z.email("emailInvalid").nullable());

const Privacy = z.literal(PRIVACY_CONSENT, { error: "privacyRequired" });

const Coordinate = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}(?:\.\d{1,12})?$/)
  .transform(Number)
  .pipe(z.number().finite());

const IdempotencyKey = z.uuid();

const FormToken = z.string().max(100);

const present = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/** A point when the map or "use my location" gave one (the buurt then follows from it), else the buurt chosen from the list. */
function parseLocation(input: Record<string, unknown>): { location: SubmissionLocation } | { problem: string } {
  if (present(input.lon) || present(input.lat)) {
    const lon = Coordinate.safeParse(input.lon);
    const lat = Coordinate.safeParse(input.lat);
    if (!lon.success || !lat.success) return { problem: "pointInvalid" };
    const inside =
      lon.data >= NETHERLANDS.minLon && lon.data <= NETHERLANDS.maxLon && lat.data >= NETHERLANDS.minLat && lat.data <= NETHERLANDS.maxLat;
    return inside ? { location: { kind: "point", lon: lon.data, lat: lat.data } } : { problem: "pointOutside" };
  }
  if (!present(input.buurt)) return { problem: "locationMissing" };
  const code = BuurtCodeParam.safeParse(input.buurt.trim());
  return code.success ? { location: { kind: "buurt", code: code.data } } : { problem: "buurtUnknown" };
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? "invalid";
}

/**
 * Reads a submitted form (as `Object.fromEntries(formData)`). A filled honeypot refuses
 * everything without saying which field gave it away; a token that is forged, stale or
 * too fresh refuses the form as a whole, after the fields have been checked.
 */
export function parseSubmission(input: Record<string, unknown>, context: SubmissionContext): SubmissionParse {
  if (present(input[HONEYPOT_FIELD])) return { ok: false, fields: {}, form: "refused" };

  const fields: Partial<Record<SubmissionField, string>> = {};
  const take = <T>(field: SubmissionField, result: z.ZodSafeParseResult<T>): T | undefined => {
    if (result.success) return result.data;
    fields[field] = firstMessage(result.error);
    return undefined;
  };
  const title = take("title", TitleField.safeParse(input.title));
  const description = take("description", DescriptionField.safeParse(input.description));
  const category = take("category", CategoryField.safeParse(input.category));
  const submitterKind = take("submitterKind", SubmitterKind.safeParse(input.submitterKind));
  const located = parseLocation(input);
  if ("problem" in located) fields.location = located.problem;
  const email = take("email", Email.safeParse(input.email ?? ""));
  take("privacy", Privacy.safeParse(input.privacy));

  const key = IdempotencyKey.safeParse(input.idempotencyKey);
  const token = FormToken.safeParse(input.formToken);
  let form: FormProblem | null = null;
  if (!key.success || !token.success) {
    form = "expired";
  } else {
    const check = checkFormToken(token.data, key.data, context.secret, context.rules, context.now);
    if (!check.ok) form = check.reason === "tooFast" ? "tooFast" : "expired";
  }

  if (form || Object.keys(fields).length > 0 || "problem" in located) return { ok: false, fields, form };
  return {
    ok: true,
    submission: {
      title: title!,
      description: description!,
      category: category!,
      submitterKind: submitterKind!,
      location: located.location,
      email: email ?? null,
      idempotencyKey: key.data!,
    },
  };
}
