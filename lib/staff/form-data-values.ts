import type { z } from "zod";
import type { StaffActionState } from "./action-state.ts";

/**
 * The form's own fields as plain text; React's $ACTION_… bookkeeping and files left out.
 * A caller can send an action any arguments, not only a form: anything else is no fields.
 */
export function formDataValues(formData: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = value;
  }
  return values;
}

/** What a refused form may show again: never a password. */
export function echoValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|wachtwoord/i.test(key)));
}

const KNOWN = new Set(["required", "tooShort", "tooLong", "invalidEmail", "invalid", "confirmRequired", "choose"]);

export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}

/** A Zod issue as a message key under staff.fieldErrors, with the numbers it needs. */
export function fieldErrorOf(issue: z.core.$ZodIssue): FieldError {
  if (KNOWN.has(issue.message) && issue.code !== "too_small" && issue.code !== "too_big") return { key: issue.message };
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1 ? { key: "required" } : { key: KNOWN.has(issue.message) ? issue.message : "tooShort", values: { minimum: Number(issue.minimum) } };
    case "too_big":
      return { key: "tooLong", values: { maximum: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "invalidEmail" : "invalid" };
    case "invalid_type":
      return { key: issue.input === undefined ? "required" : "invalid" };
    case "invalid_value":
    case "invalid_union":
      return { key: "choose" };
    default:
      return { key: "invalid" };
  }
}

/** A refused form: one translated message per field (the first problem), and what was typed. */
export function invalidForm(
  error: z.ZodError,
  values: Record<string, string>,
  t: (key: string, values?: Record<string, string | number>) => string,
): StaffActionState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (fieldErrors[field]) continue;
    const { key, values: messageValues } = fieldErrorOf(issue);
    fieldErrors[field] = t(`fieldErrors.${key}`, messageValues);
  }
  return { status: "error", code: "invalid", message: t("guard.invalid"), fieldErrors, values: echoValues(values) };
}
