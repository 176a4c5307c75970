import { z } from "zod";

/** Staff log in with their e-mail in any case; it is stored once, in lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A field of a staff form: trimmed, lower case, and shaped like an address (message keys in staff.fieldErrors). */
export const EmailField = z
  .string("required")
  .trim()
  .min(1, "required")
  .max(254, "tooLong")
  .pipe(z.email("invalidEmail"))
  .transform(normalizeEmail);
