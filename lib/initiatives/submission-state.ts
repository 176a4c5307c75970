import { PRIVACY_CONSENT, type SubmissionField } from "./submission-fields.ts";

// What the submission form shows after an answer from the server: the values as sent (so
// nothing typed is lost), translated problems per field and for the form as a whole, and
// the form's key and signed token for the next try. Plain data: it travels to the browser.

export interface SubmissionValues {
  title: string;
  description: string;
  category: string;
  submitterKind: string;
  buurt: string;
  lon: string;
  lat: string;
  email: string;
  privacy: boolean;
}

export interface SubmissionState {
  values: SubmissionValues;
  errors: Partial<Record<SubmissionField, string>>;
  formError: string | null;
  idempotencyKey: string;
  formToken: string;
  /** Counts answers, so the form moves focus to the summary after each one. */
  attempt: number;
}

export const EMPTY_VALUES: SubmissionValues = {
  title: "",
  description: "",
  category: "",
  submitterKind: "",
  buurt: "",
  lon: "",
  lat: "",
  email: "",
  privacy: false,
};

const text = (value: unknown, max: number) => (typeof value === "string" ? value.slice(0, max) : "");

/** The values of a sent form, to fill it in again; never the honeypot. Capped, as the answer travels back. */
export function submittedValues(input: Record<string, unknown>): SubmissionValues {
  return {
    title: text(input.title, 500),
    description: text(input.description, 8000),
    category: text(input.category, 40),
    submitterKind: text(input.submitterKind, 20),
    buurt: text(input.buurt, 16),
    lon: text(input.lon, 20),
    lat: text(input.lat, 20),
    email: text(input.email, 300),
    privacy: input.privacy === PRIVACY_CONSENT,
  };
}
