import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy.ts";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows nothing from other origins by default", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", https: true, development: false });
    expect(directive(policy, "connect-src")).toBe("connect-src 'self'");
    expect(directive(policy, "img-src")).toBe("img-src 'self' data: blob:");
    expect(directive(policy, "worker-src")).toBe("worker-src 'self' blob:");
  });

  it("lets a configured basemap's origins fetch tiles and images, and nothing else", () => {
    const policy = contentSecurityPolicy({
      nonce: "abc",
      https: true,
      development: false,
      mapOrigins: ["https://api.pdok.nl/kadaster/brt-achtergrondkaart/style.json", "https://tiles.example.nl/"],
    });
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' https://api.pdok.nl https://tiles.example.nl");
    expect(directive(policy, "img-src")).toBe("img-src 'self' data: blob: https://api.pdok.nl https://tiles.example.nl");
    expect(directive(policy, "script-src")).not.toContain("pdok");
  });
});
