import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes: the cookie's value, and the only copy of it. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a token: a stolen copy of StaffSession opens no session. */
export function sessionTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as we hand them out; anything else is not looked up at all. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
