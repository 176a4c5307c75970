import { describe, expect, it } from "vitest";
import { clientKey } from "@/lib/abuse/client-key.ts";

const key = (forwardedFor: string | null, hops: number) =>
  clientKey(new Headers(forwardedFor === null ? {} : { "x-forwarded-for": forwardedFor }), { TRUSTED_PROXY_HOPS: String(hops) } as unknown as NodeJS.ProcessEnv);

describe("the client a rate limit counts", () => {
  it("is the address our outermost proxy saw, whatever the client claims before it", () => {
    // One proxy of ours appended what it saw (198.51.100.7); the rest is the client's own text.
    expect(key("10.9.8.7, 198.51.100.7", 1)).toBe(key("198.51.100.7", 1));
    expect(key("1.1.1.1, 2.2.2.2, 198.51.100.7", 1)).toBe(key("198.51.100.7", 1));
    expect(key("10.9.8.7, 198.51.100.7", 1)).not.toBe(key("10.9.8.7", 1));
    // Two proxies: the outer one's entry is second from the right.
    expect(key("6.6.6.6, 198.51.100.7, 10.0.0.2", 2)).toBe(key("198.51.100.7", 1));
  });

  it("reads the same entry without proxies and with one: the last, which next start fills with the socket's address when absent", () => {
    expect(key("203.0.113.5", 0)).toBe(key("203.0.113.5", 1));
    expect(key("203.0.113.5", 0)).not.toBe(key("203.0.113.6", 0));
    // Without a proxy of our own, a header the client sent itself is all there is (README).
    expect(key("10.9.8.7, 203.0.113.5", 0)).toBe(key("203.0.113.5", 0));
  });

  it("never stores the address itself", () => {
    expect(key("198.51.100.7", 1)).not.toContain("198.51.100.7");
    expect(key("198.51.100.7", 1)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("counts a request without any address as one shared client", () => {
    expect(key(null, 0)).toBe(key(null, 1));
  });
});
