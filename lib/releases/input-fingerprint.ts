import { createHmac } from "node:crypto";

/**
 * Names the raw input without revealing it: an HMAC with the release salt. A re-audit
 * with a raw file can prove it is the file the release came from; nobody without the
 * salt can test guesses of the contents against it.
 */
export function inputFingerprint(salt: string, content: string): string {
  return createHmac("sha256", salt).update(content).digest("hex");
}
