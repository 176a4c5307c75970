// The submission form's names and limits, shared by the schema on the server and the form
// in the browser (which must not pull in the schema and Zod for a few constants).

/** The fields in the order of the form, which is also the order of the error summary. */
export const SUBMISSION_FIELDS = ["title", "description", "category", "submitterKind", "location", "email", "privacy"] as const;
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number];

export const SUBMITTER_KINDS = ["RESIDENT", "ENTREPRENEUR", "ORGANISATION"] as const;
export type SubmitterKindCode = (typeof SUBMITTER_KINDS)[number];

/** The field a person never sees; whatever fills it is a bot. Named like a field bots like to fill. */
export const HONEYPOT_FIELD = "website";

/** The value of the consent checkbox. */
export const PRIVACY_CONSENT = "ja";

export const TITLE_LENGTH = { min: 3, max: 120 };
export const DESCRIPTION_LENGTH = { min: 10, max: 4000 };
export const EMAIL_MAX_LENGTH = 254;
