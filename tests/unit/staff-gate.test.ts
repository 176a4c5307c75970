import { describe, expect, it, vi } from "vitest";
import { routes } from "@/lib/routes.ts";
import { isHttpsRequest, STAFF_COOKIE_PLAIN, STAFF_COOKIE_SECURE, staffCookieName, staffCookieOptions } from "@/lib/staff/staff-cookie.ts";
import { type GateRequest, staffGate } from "@/lib/staff/staff-gate.ts";
import { isStaffReturnPath, staffPathAccess } from "@/lib/staff/staff-paths.ts";
import type { StaffIdentity } from "@/lib/staff/staff-roles.ts";
import { isSameOriginRequest } from "@/lib/staff/same-origin.ts";

const MODERATOR: StaffIdentity = { id: 2, name: "Mo", email: "mo@example.nl", role: "MODERATOR" };
const ADMIN: StaffIdentity = { id: 1, name: "Ad", email: "ad@example.nl", role: "ADMIN" };

describe("staffPathAccess", () => {
  it("names the role of every staff route, in both languages", () => {
    for (const locale of ["nl", "en"] as const) {
      expect(staffPathAccess(routes.staffLogin(locale))).toEqual({ locale, role: null });
      expect(staffPathAccess(routes.staffHome(locale))).toEqual({ locale, role: "MODERATOR" });
      expect(staffPathAccess(routes.staffInitiative(locale, 12))).toEqual({ locale, role: "MODERATOR" });
      for (const admin of [routes.staffAudit(locale), routes.staffUsers(locale), routes.staffSubmitterData(locale), routes.staffSubmitterExport(locale)]) {
        expect(staffPathAccess(admin), admin).toEqual({ locale, role: "ADMIN" });
      }
    }
  });

  it("leaves every other path alone", () => {
    for (const path of ["/nl", "/nl/beheerder", "/de/beheer", "/nl/kaart", "/beheer", "/api/v1/initiatieven"]) expect(staffPathAccess(path), path).toBeUndefined();
  });
});

describe("isStaffReturnPath", () => {
  it("accepts staff pages of the same language only", () => {
    expect(isStaffReturnPath("/nl/beheer/initiatieven/3", "nl")).toBe(true);
    expect(isStaffReturnPath("/nl/beheer/logboek?pagina=2", "nl")).toBe(true);
    expect(isStaffReturnPath("/en/beheer", "nl")).toBe(false);
  });

  it("never sends anyone off-site or back to the login page", () => {
    for (const path of ["//evil.example/nl/beheer", "https://evil.example/nl/beheer", "/nl/beheer/../../x", "/nl/beheer\\evil", "/nl/kaart", "/nl/beheer/inloggen", undefined, ""]) {
      expect(isStaffReturnPath(path, "nl"), String(path)).toBe(false);
    }
  });
});

describe("staffGate", () => {
  const request = (pathname: string, cookie?: string, extra: Partial<GateRequest> = {}): GateRequest => ({
    method: "GET",
    pathname,
    search: "",
    https: false,
    cookie: (name) => (name === STAFF_COOKIE_PLAIN ? cookie : undefined),
    ...extra,
  });
  const lookup = vi.fn(async (token: string) => ({ admin: ADMIN, moderator: MODERATOR })[token] ?? null);

  it("sends an anonymous visitor of a staff page to the login page, to come back afterwards", async () => {
    expect(await staffGate(request("/nl/beheer/initiatieven/4"), lookup)).toEqual({ staffPath: true, redirect: "/nl/beheer/inloggen?terug=%2Fnl%2Fbeheer%2Finitiatieven%2F4" });
    expect(await staffGate(request("/en/beheer/logboek", "unknown-token"), lookup)).toMatchObject({ redirect: "/en/beheer/inloggen?terug=%2Fen%2Fbeheer%2Flogboek" });
  });

  it("sends a moderator away from admin pages, and lets an admin in", async () => {
    expect(await staffGate(request("/nl/beheer/medewerkers", "moderator"), lookup)).toEqual({ staffPath: true, redirect: "/nl/beheer?melding=geen-toegang" });
    expect(await staffGate(request("/nl/beheer/medewerkers", "admin"), lookup)).toEqual({ staffPath: true });
    expect(await staffGate(request("/nl/beheer", "moderator"), lookup)).toEqual({ staffPath: true });
  });

  it("reads only the cookie that fits the protocol", async () => {
    const https = request("/nl/beheer", undefined, { https: true, cookie: (name) => (name === STAFF_COOKIE_SECURE ? "admin" : "moderator") });
    expect(await staffGate(https, lookup)).toEqual({ staffPath: true });
    const plainOnHttps = request("/nl/beheer/logboek", undefined, { https: true, cookie: (name) => (name === STAFF_COOKIE_PLAIN ? "admin" : undefined) });
    expect((await staffGate(plainOnHttps, lookup)).redirect).toMatch(/inloggen/);
  });

  it("leaves the login page, POSTs (Server Actions check themselves) and other pages alone", async () => {
    lookup.mockClear();
    expect(await staffGate(request("/nl/beheer/inloggen"), lookup)).toEqual({ staffPath: true });
    expect(await staffGate(request("/nl/beheer/logboek", undefined, { method: "POST" }), lookup)).toEqual({ staffPath: true });
    expect(await staffGate(request("/nl/kaart"), lookup)).toEqual({ staffPath: false });
    expect(lookup).not.toHaveBeenCalled();
  });
});

describe("the staff cookie", () => {
  it("is __Host- prefixed, Secure, HttpOnly, SameSite=Strict and Path=/ over https", () => {
    const expires = new Date("2030-01-01T00:00:00Z");
    expect(staffCookieName(true)).toBe("__Host-buurtbeeld-staff");
    expect(staffCookieOptions(true, expires)).toEqual({ httpOnly: true, sameSite: "strict", secure: true, path: "/", expires });
  });

  it("has a plain name and no Secure over http, still HttpOnly and SameSite=Strict", () => {
    const expires = new Date("2030-01-01T00:00:00Z");
    expect(staffCookieName(false)).toBe("buurtbeeld-staff");
    expect(staffCookieOptions(false, expires)).toMatchObject({ httpOnly: true, sameSite: "strict", secure: false, path: "/" });
  });

  it("knows https from the first forwarded protocol", () => {
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "https, http" }))).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(isHttpsRequest(new Headers(), "https:")).toBe(true);
    expect(isHttpsRequest(new Headers())).toBe(false);
  });
});

describe("isSameOriginRequest", () => {
  it("accepts a POST from a page of this host only", () => {
    expect(isSameOriginRequest(new Headers({ origin: "http://127.0.0.1:3210", host: "127.0.0.1:3210" }))).toBe(true);
    expect(isSameOriginRequest(new Headers({ origin: "https://portal.example.nl", host: "10.0.0.5:3000", "x-forwarded-host": "portal.example.nl" }))).toBe(true);
    expect(isSameOriginRequest(new Headers({ origin: "https://evil.example", host: "portal.example.nl" }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ host: "portal.example.nl" }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ origin: "null", host: "portal.example.nl" }))).toBe(false);
  });
});
