import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, parsePasswordHash, verifyDummyPassword, verifyPassword } from "@/lib/staff/hash-password.ts";

const PASSWORD = "correct horse battery staple";

describe("hashPassword", () => {
  it('encodes "scrypt$N$r$p$salt$hash" with N=2^15, r=8, p=1, a 16-byte salt and a 32-byte key', async () => {
    const encoded = await hashPassword(PASSWORD);
    const parts = encoded.split("$");
    expect(parts.slice(0, 4)).toEqual(["scrypt", "32768", "8", "1"]);
    expect(Buffer.from(parts[4]!, "base64")).toHaveLength(16);
    expect(Buffer.from(parts[5]!, "base64")).toHaveLength(32);
    expect(encoded).not.toContain(PASSWORD);
  });

  it("salts every hash anew", async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(PASSWORD, b)).toBe(true);
  });
});

describe("verifyPassword", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const encoded = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, encoded)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", encoded)).toBe(false);
    expect(await verifyPassword("", encoded)).toBe(false);
    expect(await verifyPassword(PASSWORD.toUpperCase(), encoded)).toBe(false);
  });

  it("treats the same characters in another Unicode form as the same password", async () => {
    const composed = "wachtwoord-café-2024";
    const encoded = await hashPassword(composed);
    expect(await verifyPassword(composed.normalize("NFD"), encoded)).toBe(true);
  });

  it("says no (and does not throw) for a tampered hash", async () => {
    const encoded = await hashPassword(PASSWORD);
    const [scheme, N, r, p, salt, key] = encoded.split("$") as [string, string, string, string, string, string];
    const flip = (text: string) => {
      const bytes = Buffer.from(text, "base64");
      bytes[0]! ^= 0x01;
      return bytes.toString("base64");
    };
    const tampered = [
      [scheme, N, r, p, salt, flip(key)],
      [scheme, N, r, p, flip(salt), key],
      [scheme, "16384", r, p, salt, key],
      [scheme, N, "4", p, salt, key],
      ["bcrypt", N, r, p, salt, key],
    ].map((parts) => parts.join("$"));
    for (const candidate of tampered) expect(await verifyPassword(PASSWORD, candidate), candidate).toBe(false);
  });

  it("refuses parameters that would cost too much instead of trying them", async () => {
    const encoded = await hashPassword(PASSWORD);
    const [, , , , salt, key] = encoded.split("$");
    for (const params of [["1048577", "8", "1"], [String(2 ** 22), "8", "1"], ["32768", "64", "1"], ["32768", "8", "99"], ["0", "8", "1"], ["32767", "8", "1"], ["abc", "8", "1"]]) {
      expect(parsePasswordHash(["scrypt", ...params, salt, key].join("$")), params.join(",")).toBeNull();
    }
    for (const broken of ["", "scrypt", "scrypt$32768$8$1$$", "scrypt$32768$8$1$!!!$???", `${encoded}$extra`]) {
      expect(await verifyPassword(PASSWORD, broken), broken).toBe(false);
    }
  });
});

describe("verifyDummyPassword and needsRehash", () => {
  it("the dummy check is always false, for any password", async () => {
    expect(await verifyDummyPassword(PASSWORD)).toBe(false);
    expect(await verifyDummyPassword("")).toBe(false);
  });

  it("asks for a new hash only when the parameters are weaker than today's", async () => {
    const encoded = await hashPassword(PASSWORD);
    expect(needsRehash(encoded)).toBe(false);
    expect(needsRehash(encoded.replace("$32768$", "$16384$"))).toBe(true);
    expect(needsRehash("garbage")).toBe(true);
  });
});
