import { createHmac } from "node:crypto";

// Unbiased random rounding to a multiple of `base`: n rounds up with probability
// (n mod base)/base, so the expected published value is the true one. The random number
// comes from the cell's identity and a secret salt, so the same cell rounds the same way
// in every download and every re-run: there is nothing to average away.

/** A number in [0, 1) fixed by the salt and the cell's identity. */
export function cellUniform(salt: string, cellId: string): number {
  const digest = createHmac("sha256", salt).update(cellId).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

export function roundUnbiased(value: number, base: number, uniform: number): number {
  const low = Math.floor(value / base) * base;
  const remainder = value - low;
  return uniform < remainder / base ? low + base : low;
}

/** What a published rounded value tells an attacker about the true integer. */
export function roundedInterval(published: number, base: number): { lower: number; upper: number } {
  return { lower: Math.max(0, published - (base - 1)), upper: published + (base - 1) };
}
