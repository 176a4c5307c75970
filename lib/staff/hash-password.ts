import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from "node:crypto";

// scrypt is memory-hard: each guess costs 128·N·r bytes (32 MiB here), so a copied table
// of hashes cannot be attacked cheaply on GPUs. The parameters travel with each hash, so
// they can be raised later without invalidating existing passwords.
const CURRENT = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

// A stored hash is data like any other: parameters outside these bounds are refused rather
// than tried, so a tampered row cannot make one login use gigabytes or minutes.
const LIMITS = { maxN: 2 ** 20, maxR: 32, maxP: 16 };

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  // Node's default ceiling (32 MiB) is exactly what N=2^15, r=8 needs, and scrypt wants a little more.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** "scrypt$N$r$p$salt$hash", salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, CURRENT, KEY_LENGTH);
  return ["scrypt", CURRENT.N, CURRENT.r, CURRENT.p, salt.toString("base64"), key.toString("base64")].join("$");
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function parsePasswordHash(encoded: string): ParsedHash | null {
  const parts = encoded.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : Number.NaN)) as [number, number, number];
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > LIMITS.maxN || !(r >= 1 && r <= LIMITS.maxR) || !(p >= 1 && p <= LIMITS.maxP)) return null;
  const [saltText, keyText] = [parts[4]!, parts[5]!];
  if (!BASE64.test(saltText) || !BASE64.test(keyText)) return null;
  const salt = Buffer.from(saltText, "base64");
  const key = Buffer.from(keyText, "base64");
  if (salt.length < 8 || key.length < 16 || key.length > 128) return null;
  return { N, r, p, salt, key };
}

/** True only for the right password; a malformed or tampered hash is simply no match. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parsePasswordHash(encoded);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed, parsed.key.length);
  return timingSafeEqual(candidate, parsed.key);
}

let dummyHash: Promise<string> | undefined;

/**
 * For a login with an unknown e-mail: costs the same as checking a real password and is
 * always false, so the response time does not tell which accounts exist.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(18).toString("base64"));
  await verifyPassword(password, await dummyHash);
  return false;
}

/** Whether a hash was made with weaker parameters than today's, so a login can renew it. */
export function needsRehash(encoded: string): boolean {
  const parsed = parsePasswordHash(encoded);
  return !parsed || parsed.N < CURRENT.N || parsed.r < CURRENT.r || parsed.p < CURRENT.p;
}

export const MIN_PASSWORD_LENGTH = 12;
/** Long passphrases are welcome; the ceiling only stops megabyte-sized input. */
export const MAX_PASSWORD_LENGTH = 200;
