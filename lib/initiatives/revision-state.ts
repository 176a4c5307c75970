import type { RevisionField } from "./revision-fields.ts";

// What the revision form shows after an answer: the texts as sent (nothing typed is lost)
// and translated problems. Plain data: it travels to the browser.

export interface RevisionState {
  values: Record<RevisionField, string>;
  errors: Partial<Record<RevisionField, string>>;
  formError: string | null;
  /** Counts answers, so the form moves focus to the summary after each one. */
  attempt: number;
}

const text = (value: unknown, max: number) => (typeof value === "string" ? value.slice(0, max) : "");

/** The texts of a sent form, capped, to fill it in again. */
export function revisedValues(input: Record<string, unknown>): RevisionState["values"] {
  return { title: text(input.title, 500), description: text(input.description, 8000), category: text(input.category, 40) };
}
