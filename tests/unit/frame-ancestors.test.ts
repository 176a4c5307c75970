import { modifyRouteRegex } from "next/dist/lib/redirect-status.js";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match.js";
import { describe, expect, it } from "vitest";
import { frameAncestors, isWidgetPath, NOT_WIDGET_SOURCE } from "@/lib/security/frame-ancestors.ts";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy.ts";
import { staticHeaderRules } from "@/lib/security/static-security-headers.ts";

const PARTNERS = ["https://www.example.nl", "https://wijkraad.example.org:8443"];

const WIDGETS = [
  "/nl/insluiten/kaart",
  "/en/insluiten/kaart",
  "/nl/insluiten/kaart/",
  "/nl/insluiten/buurten/BU19910101",
  "/en/insluiten/buurten/bu19910101",
  // A code that does not exist is a 404 inside the partner's frame, not a refused frame.
  "/nl/insluiten/buurten/BU99999999",
];

const NOT_WIDGETS = [
  "/",
  "/nl",
  "/nl/kaart",
  "/nl/buurten/BU19910101",
  // The snippet generator has forms and the site's navigation: never framed.
  "/nl/insluiten",
  "/en/insluiten/",
  "/nl/insluiten/buurten",
  "/nl/insluiten/buurten/BU19910101/deelbeeld",
  "/nl/insluiten/kaart/gebieden",
  "/nl/insluiten/kaartje",
  "/de/insluiten/kaart",
  "/insluiten/kaart",
  "/nl/kaart/insluiten/kaart",
  "/_next/static/chunks/app.js",
];

describe("frameAncestors", () => {
  it.each(WIDGETS)("lets the portal and the configured partners frame the widget %s", (path) => {
    expect(isWidgetPath(path)).toBe(true);
    expect(frameAncestors(path, PARTNERS)).toBe("'self' https://www.example.nl https://wijkraad.example.org:8443");
    expect(frameAncestors(path, [])).toBe("'self'");
  });

  it.each(NOT_WIDGETS)("lets nobody frame %s", (path) => {
    expect(isWidgetPath(path)).toBe(false);
    expect(frameAncestors(path, PARTNERS)).toBe("'none'");
  });

  it("ends up in the page's Content-Security-Policy", () => {
    const policy = (path: string) =>
      contentSecurityPolicy({ nonce: "abc", https: true, development: false, frameAncestors: frameAncestors(path, PARTNERS) })
        .split("; ")
        .find((part) => part.startsWith("frame-ancestors "));
    expect(policy("/nl/insluiten/kaart")).toBe("frame-ancestors 'self' https://www.example.nl https://wijkraad.example.org:8443");
    expect(policy("/nl/kaart")).toBe("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ nonce: "abc", https: true, development: false })).toContain("frame-ancestors 'none'");
  });
});

describe("X-Frame-Options in next.config's headers()", () => {
  // Matched the way Next.js matches a header rule's source at run time (case-insensitive).
  const rules = staticHeaderRules().map((rule) => ({
    ...rule,
    matches: getPathMatch(rule.source, { strict: true, removeUnnamedParams: true, regexModifier: (regex) => modifyRouteRegex(regex) }),
  }));
  const headersFor = (path: string) =>
    Object.fromEntries(rules.filter((rule) => rule.matches(path) !== false).flatMap((rule) => rule.headers.map((header) => [header.key, header.value])));

  it("is the rule's own source", () => {
    expect(rules.map((rule) => rule.source)).toContain(NOT_WIDGET_SOURCE);
  });

  it.each(NOT_WIDGETS)("is DENY on %s, with the other static headers", (path) => {
    const headers = headersFor(path);
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it.each(WIDGETS)("is absent on the widget %s, which still gets the other static headers", (path) => {
    const headers = headersFor(path);
    expect(headers["X-Frame-Options"]).toBeUndefined();
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBeDefined();
  });
});
