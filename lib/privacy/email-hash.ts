import { createHash } from "node:crypto";
import { normalizeEmail } from "../staff/staff-email.ts";

/**
 * What the audit log and the rate limits keep of an e-mail address: enough to match a
 * later request about the same address, without storing the address itself.
 */
export function emailHash(email: string): string {
  return createHash("sha256").update(`buurtbeeld-email:${normalizeEmail(email)}`).digest("hex");
}
