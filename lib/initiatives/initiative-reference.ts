import { randomInt } from "node:crypto";

// What a submitter writes down, reads aloud on the phone or types from a mail: no 0/O,
// 1/I/L, so a reference copied by hand still works. 31 symbols to the power 8 is about
// 8.5 × 10^11 references; with the lookup rate limit, guessing one is hopeless.
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

const REFERENCE_PATTERN = new RegExp(`^BB-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** A new random reference, e.g. "BB-7KQ4-M2XD", from the system's cryptographic generator. */
export function createInitiativeReference(): string {
  const symbols = Array.from({ length: 8 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]);
  return `BB-${symbols.slice(0, 4).join("")}-${symbols.slice(4).join("")}`;
}

/** A reference as typed: lower case, spaces and missing dashes or prefix are forgiven; anything else is undefined. */
export function normaliseInitiativeReference(input: string): string | undefined {
  if (input.length > 40) return undefined;
  const compact = input
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, "")
    .replace(/^BB(?=.{8}$)/, "");
  if (compact.length !== 8) return undefined;
  const candidate = `BB-${compact.slice(0, 4)}-${compact.slice(4)}`;
  return REFERENCE_PATTERN.test(candidate) ? candidate : undefined;
}
