"use client";

import { useActionState, useEffect, useRef } from "react";
import {
  EMAIL_MAX_LENGTH,
  HONEYPOT_FIELD,
  PRIVACY_CONSENT,
  SUBMISSION_FIELDS,
  SUBMITTER_KINDS,
  type SubmissionField,
} from "@/lib/initiatives/submission-fields.ts";
import type { SubmissionState } from "@/lib/initiatives/submission-state.ts";
import type { WijkOptions } from "./buurt-options.tsx";
import { ErrorSummary } from "./error-summary.tsx";
import { describedBy, FieldError, FormField } from "./form-field.tsx";
import { InitiativeTextFields } from "./initiative-text-fields.tsx";
import { SubmitRow } from "./submit-row.tsx";
import { LocationFields, type LocationMap, type LocationTexts } from "./location-fields.tsx";
import { useScriptedSubmit } from "./use-scripted-submit.ts";

export interface InitiativeFormTexts {
  heading: string;
  requiredNote: string;
  title: { label: string; description: string };
  description: { label: string; description: string };
  category: { label: string; choose: string };
  submitterKind: { legend: string } & Record<(typeof SUBMITTER_KINDS)[number], string>;
  location: LocationTexts;
  email: { label: string; description: string };
  privacy: { legend: string; label: string; link: string };
  honeypot: string;
  submit: string;
  submitting: string;
  summaryHeading: string;
  /** The sentence above the field errors, by their number (0 up to every field), already in the language's plural forms. */
  summaryFields: string[];
  /** When the request itself failed (busy server, lost connection). */
  connection: string;
}

interface InitiativeFormProps {
  action: (previous: SubmissionState | null, formData: FormData) => Promise<SubmissionState>;
  initialState: SubmissionState;
  /** The page's own URL: where the form posts before (or without) script. */
  permalink: string;
  locale: string;
  texts: InitiativeFormTexts;
  categories: { value: string; label: string }[];
  wijken: WijkOptions[];
  map: LocationMap | null;
  privacyHref: string;
  nearbyEndpoint: string;
  /** The proxy's own refusals (busy, rate limit, too large): shown as they come; any other failure is `texts.connection`. */
  knownRefusals: string[];
}

/** Where each field's error in the summary leads. */
const TARGETS: Record<SubmissionField, string> = {
  title: "title",
  description: "description",
  category: "category",
  submitterKind: `submitterKind-${SUBMITTER_KINDS[0]}`,
  location: "buurt",
  email: "email",
  privacy: "privacy",
};

/**
 * The initiative form. Without script it is a plain POST to the Server Action, which answers
 * with this page and the form's state (values kept, errors per field). With script the same
 * action is called in place: a double tap sends once, and a failed request (the proxy's 429,
 * a lost connection) keeps everything typed and says what happened.
 */
export function InitiativeForm({ action, initialState, permalink, locale, texts, categories, wijken, map, privacyHref, nearbyEndpoint, knownRefusals }: InitiativeFormProps) {
  const [postedState, formAction] = useActionState(action, initialState, permalink);
  const { state, pending, submit } = useScriptedSubmit(action, postedState, (current, _formData, error) => {
    const message = error instanceof Error && knownRefusals.some((known) => error.message.startsWith(known)) ? error.message : texts.connection;
    return { ...current, errors: {}, formError: message };
  });
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.attempt > 0) summaryRef.current?.focus();
  }, [state.attempt]);

  const { errors, values } = state;
  const summary = SUBMISSION_FIELDS.flatMap((field) => (errors[field] ? [{ target: TARGETS[field], message: errors[field] }] : []));
  const count = summary.length;
  const invalid = (field: SubmissionField) => (errors[field] ? true : undefined);

  return (
    <form action={formAction} onSubmit={submit} noValidate className="buurtbeeld-initiative-form" aria-labelledby="initiatief-formulier-kop">
      {(state.formError || count > 0) && (
        <ErrorSummary ref={summaryRef} heading={texts.summaryHeading} formError={state.formError} fieldsIntro={texts.summaryFields[count] ?? ""} errors={summary} />
      )}
      <h2 className="utrecht-heading-2" id="initiatief-formulier-kop">
        {texts.heading}
      </h2>
      <p className="utrecht-paragraph">{texts.requiredNote}</p>

      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="idempotencyKey" value={state.idempotencyKey} />
      <input type="hidden" name="formToken" value={state.formToken} />

      <InitiativeTextFields values={values} errors={errors} texts={texts} categories={categories} />

      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset buurtbeeld-initiative-form__group"
        aria-describedby={errors.submitterKind ? "submitterKind-error" : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{texts.submitterKind.legend}</legend>
        {errors.submitterKind && <FieldError id="submitterKind" error={errors.submitterKind} />}
        {SUBMITTER_KINDS.map((kind) => (
          <div key={kind} className="utrecht-form-field utrecht-form-field--radio">
            <div className="utrecht-form-field__input">
              <input
                id={`submitterKind-${kind}`}
                name="submitterKind"
                type="radio"
                value={kind}
                defaultChecked={values.submitterKind === kind}
                required
                aria-invalid={invalid("submitterKind")}
                className="utrecht-radio-button utrecht-radio-button--html-input"
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`submitterKind-${kind}`}>
                {texts.submitterKind[kind]}
              </label>
            </div>
          </div>
        ))}
      </fieldset>

      <LocationFields
        wijken={wijken}
        map={map}
        initial={{ buurt: values.buurt, lon: values.lon, lat: values.lat }}
        error={errors.location}
        nearbyEndpoint={nearbyEndpoint}
        texts={texts.location}
      />

      <FormField id="email" label={texts.email.label} description={texts.email.description} error={errors.email}>
        <input
          id="email"
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={values.email}
          maxLength={EMAIL_MAX_LENGTH}
          aria-invalid={invalid("email")}
          aria-describedby={describedBy("email", { description: texts.email.description, error: errors.email })}
          className={`utrecht-textbox utrecht-textbox--html-input${errors.email ? " utrecht-textbox--invalid" : ""}`}
        />
      </FormField>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset buurtbeeld-initiative-form__group">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{texts.privacy.legend}</legend>
        <FormField
          id="privacy"
          kind="checkbox"
          label={texts.privacy.label}
          error={errors.privacy}
          extra={
            <a className="utrecht-link utrecht-link--html-a" href={privacyHref} target="_blank" rel="noopener">
              {texts.privacy.link}
            </a>
          }
        >
          <input
            id="privacy"
            name="privacy"
            type="checkbox"
            value={PRIVACY_CONSENT}
            defaultChecked={values.privacy}
            required
            aria-invalid={invalid("privacy")}
            aria-describedby={describedBy("privacy", { error: errors.privacy })}
            className="utrecht-checkbox utrecht-checkbox--html-input"
          />
        </FormField>
      </fieldset>

      {/* A trap for bots: hidden from people and from assistive technology, never focused. */}
      <div className="buurtbeeld-initiative-form__trap" aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>{texts.honeypot}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <SubmitRow label={texts.submit} pendingText={texts.submitting} pending={pending} />
    </form>
  );
}
