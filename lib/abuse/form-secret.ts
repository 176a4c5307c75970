import { randomBytes } from "node:crypto";

// Kept on globalThis: the page that renders a form and the action that receives it may be
// separate bundles, and both must sign with the same key.
const KEY = Symbol.for("buurtbeeld.formSecret");
type SecretGlobal = typeof globalThis & { [KEY]?: string };

export const FORM_SECRET_MIN_LENGTH = 32;

/**
 * The key that signs the submission form's render time. Without BUURTBEELD_FORM_SECRET each
 * process makes up its own: fine for one server, but behind a load balancer a form rendered
 * by one instance would be refused by another, so several instances must share a configured one.
 */
export function formSecret(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.BUURTBEELD_FORM_SECRET;
  if (configured) {
    if (configured.length < FORM_SECRET_MIN_LENGTH) throw new Error(`BUURTBEELD_FORM_SECRET must be at least ${FORM_SECRET_MIN_LENGTH} characters long`);
    return configured;
  }
  const store = globalThis as SecretGlobal;
  store[KEY] ??= randomBytes(32).toString("base64url");
  return store[KEY];
}
