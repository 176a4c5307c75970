import { createHmac, timingSafeEqual } from "node:crypto";

// The submission form carries its render time, signed together with the form's idempotency
// key. A bot that posts without loading the form has no valid token; one that posts within
// seconds of loading it is refused as too fast; a token cannot be reused for another key,
// so every stored initiative costs a fresh page load. No cookie or session is needed.

export interface FormTokenRules {
  /** A person needs at least this long to read and fill the form. */
  minFillSeconds: number;
  /** After this, the form is stale (and the token could have leaked): it is signed anew. */
  maxAgeSeconds: number;
}

export type FormTokenCheck = { ok: true } | { ok: false; reason: "invalid" | "expired" | "tooFast" };

function signature(secret: string, idempotencyKey: string, issuedAt: number): Buffer {
  return createHmac("sha256", secret).update(`initiative-form:${idempotencyKey}:${issuedAt}`).digest();
}

/** "<issued at, unix seconds>.<HMAC-SHA256, base64url>" */
export function createFormToken(secret: string, idempotencyKey: string, now = new Date()): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return `${issuedAt}.${signature(secret, idempotencyKey, issuedAt).toString("base64url")}`;
}

export function checkFormToken(token: string, idempotencyKey: string, secret: string, rules: FormTokenRules, now = new Date()): FormTokenCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: "invalid" };
  const issuedAt = Number(match[1]);
  const given = Buffer.from(match[2]!, "base64url");
  const expected = signature(secret, idempotencyKey, issuedAt);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  const age = now.getTime() / 1000 - issuedAt;
  // A little slack for clocks of instances behind one load balancer.
  if (age < -60) return { ok: false, reason: "invalid" };
  if (age > rules.maxAgeSeconds) return { ok: false, reason: "expired" };
  if (age < rules.minFillSeconds) return { ok: false, reason: "tooFast" };
  return { ok: true };
}
