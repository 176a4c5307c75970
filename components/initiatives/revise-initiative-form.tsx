"use client";

import { useActionState, useEffect, useRef } from "react";
import { REVISION_FIELDS } from "@/lib/initiatives/revision-fields.ts";
import { type RevisionState, revisedValues } from "@/lib/initiatives/revision-state.ts";
import { ErrorSummary } from "./error-summary.tsx";
import { InitiativeTextFields, type InitiativeTextTexts } from "./initiative-text-fields.tsx";
import { SubmitRow } from "./submit-row.tsx";
import { useScriptedSubmit } from "./use-scripted-submit.ts";

export interface ReviseInitiativeTexts extends InitiativeTextTexts {
  heading: string;
  intro: string;
  submit: string;
  submitting: string;
  summaryHeading: string;
  /** The sentence above the field errors, by their number (0 to 3). */
  summaryFields: string[];
  /** When the request itself failed (busy server, lost connection). */
  connection: string;
}

interface ReviseInitiativeFormProps {
  action: (previous: RevisionState | null, formData: FormData) => Promise<RevisionState>;
  initialState: RevisionState;
  /** The status page of this reference: where the form posts before (or without) script. */
  permalink: string;
  locale: string;
  reference: string;
  /** The initiative's version when the page was drawn; the server refuses an answer to an older state. */
  version: number;
  texts: ReviseInitiativeTexts;
  categories: { value: string; label: string }[];
}

/**
 * The submitter's answer to a request for change, on their status page. A plain POST to
 * the Server Action without script; with script the same action, called in place like the
 * submission form: a double tap sends once, and a failed request keeps what was typed and
 * says so. The fields are drawn again after each answer (key), with what was sent in them.
 */
export function ReviseInitiativeForm({ action, initialState, permalink, locale, reference, version, texts, categories }: ReviseInitiativeFormProps) {
  const [postedState, formAction] = useActionState(action, initialState, permalink);
  const { state, pending, submit } = useScriptedSubmit(action, postedState, (current, formData) => ({
    ...current,
    values: revisedValues(Object.fromEntries(formData)),
    errors: {},
    formError: texts.connection,
  }));
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.attempt > 0) summaryRef.current?.focus();
  }, [state.attempt]);

  const summary = REVISION_FIELDS.flatMap((field) => (state.errors[field] ? [{ target: field, message: state.errors[field] }] : []));
  return (
    <form action={formAction} onSubmit={submit} noValidate className="buurtbeeld-initiative-form" aria-labelledby="aanpassen-kop">
      {(state.formError || summary.length > 0) && (
        <ErrorSummary ref={summaryRef} heading={texts.summaryHeading} formError={state.formError} fieldsIntro={texts.summaryFields[summary.length] ?? ""} errors={summary} />
      )}
      <h2 className="utrecht-heading-2" id="aanpassen-kop">
        {texts.heading}
      </h2>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
      <div key={state.attempt}>
        <InitiativeTextFields values={state.values} errors={state.errors} texts={texts} categories={categories} />
      </div>
      <SubmitRow label={texts.submit} pendingText={texts.submitting} pending={pending} />
    </form>
  );
}
