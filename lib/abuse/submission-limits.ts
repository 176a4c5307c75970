import type { RateLimit } from "./consume-rate-limit.ts";

// The limits of the public initiative form, in one place: the Server Action counts them,
// the proxy peeks at them to answer 429 before any work is done, next.config caps the body.

/** Submissions per client address: a household sending a few ideas passes, a script does not. */
export function submitClientLimit(client: string): RateLimit {
  return { key: `submit:${client}`, limit: 5, windowSeconds: 600 };
}

/** All clients together: a flood from many addresses stops here before it fills the moderation queue. */
export const SUBMIT_GLOBAL_LIMIT: RateLimit = { key: "submit:all", limit: 200, windowSeconds: 600 };

/**
 * Reference lookups per client address on the status page: plenty for a household checking
 * its initiatives, and at 6 a minute guessing one of 8.5 × 10^11 references takes ages.
 */
export function statusLookupLimit(client: string): RateLimit {
  return { key: `status:${client}`, limit: 60, windowSeconds: 600 };
}

export const FORM_TOKEN_RULES = { minFillSeconds: 3, maxAgeSeconds: 24 * 3600 };

/** Submissions worked on at once per server instance; more wait outside with a 429. */
export const MAX_SUBMISSIONS_IN_FLIGHT = 8;

/** What a busy or unreachable server asks the client to wait. */
export const BUSY_RETRY_AFTER_SECONDS = 30;

/** A submission that has not reached the database within this is answered as busy (and may be retried safely). */
export const SUBMISSION_TIMEOUT_MS = 8000;

/** The largest request body a Server Action takes (next.config) and the proxy lets through: the texts' limits with room for the form's fields. */
export const ACTION_BODY_LIMIT_BYTES = 64 * 1024;
