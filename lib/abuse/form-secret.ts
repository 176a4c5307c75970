import { randomBytes } from "node:crypto";
import { z } from "zod";

const FormSecretEnv = z.object({
  BUURTBEELD_FORM_SECRET: z
    .string()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(z.string().min(32, "BUURTBEELD_FORM_SECRET must be at least 32 characters").optional()),
});

// Kept on globalThis: the page that renders a form and the action that receives it may be
// separate bundles, and both must sign with the same key.
const KEY = Symbol.for("buurtbeeld.formSecret");
type SecretGlobal = typeof globalThis & { [KEY]?: string };

/**
 * The key that signs the submission form's render time. Without BUURTBEELD_FORM_SECRET each
 * process makes up its own: fine for one server, but behind a load balancer a form rendered
 * by one instance would be refused by another, so several instances must share a configured one.
 */
export function formSecret(env: NodeJS.ProcessEnv = process.env): string {
  const { BUURTBEELD_FORM_SECRET } = FormSecretEnv.parse(env);
  if (BUURTBEELD_FORM_SECRET) return BUURTBEELD_FORM_SECRET;
  const store = globalThis as SecretGlobal;
  store[KEY] ??= randomBytes(32).toString("base64url");
  return store[KEY];
}
