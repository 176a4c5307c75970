import { z } from "zod";
import type { InitiativeCategoryCode } from "./initiative-categories.ts";
import { normaliseInitiativeReference } from "./initiative-reference.ts";
import type { RevisionField } from "./revision-fields.ts";
import { CategoryField, DescriptionField, TitleField } from "./submission-schema.ts";

// The submitter's answer to a request for change: the same title, description and category
// rules as the submission form, plus the reference (who may change it) and the version the
// form was drawn from (so an answer to an older request cannot overwrite a newer state).

export type { RevisionField } from "./revision-fields.ts";

export interface Revision {
  reference: string;
  /** The initiative's updatedAt, in milliseconds, when the form was drawn. */
  version: number;
  title: string;
  description: string;
  category: InitiativeCategoryCode;
}

export type RevisionParse =
  | { ok: true; revision: Revision }
  | { ok: false; fields: Partial<Record<RevisionField, string>>; form: "expired" | null };

const Version = z.coerce.number().int().positive().max(8.64e15);

/** Reads a sent revision form; each problem is a message key under initiativeForm.errors. */
export function parseRevision(input: Record<string, unknown>): RevisionParse {
  const fields: Partial<Record<RevisionField, string>> = {};
  const title = TitleField.safeParse(input.title);
  const description = DescriptionField.safeParse(input.description);
  const category = CategoryField.safeParse(input.category);
  if (!title.success) fields.title = title.error.issues[0]?.message ?? "invalid";
  if (!description.success) fields.description = description.error.issues[0]?.message ?? "invalid";
  if (!category.success) fields.category = category.error.issues[0]?.message ?? "invalid";
  const reference = typeof input.reference === "string" ? normaliseInitiativeReference(input.reference) : null;
  const version = Version.safeParse(input.version);
  const form = reference && version.success ? null : "expired";
  if (form || !title.success || !description.success || !category.success) return { ok: false, fields, form };
  return { ok: true, revision: { reference: reference!, version: version.data!, title: title.data, description: description.data, category: category.data } };
}
