// The staff session cookie. Over https it carries the __Host- prefix, which browsers accept
// only with Secure, Path=/ and no Domain: a sibling subdomain cannot plant or widen it.
// Plain http (a laptop, the e2e server) cannot have Secure cookies, so it gets a plain name.

export const STAFF_COOKIE_SECURE = "__Host-buurtbeeld-staff";
export const STAFF_COOKIE_PLAIN = "buurtbeeld-staff";

export function staffCookieName(https: boolean): string {
  return https ? STAFF_COOKIE_SECURE : STAFF_COOKIE_PLAIN;
}

export interface StaffCookieOptions {
  httpOnly: true;
  sameSite: "strict";
  secure: boolean;
  path: "/";
  expires: Date;
}

/** HttpOnly: no script reads it. SameSite=Strict: no other site's form or link sends it. */
export function staffCookieOptions(https: boolean, expires: Date): StaffCookieOptions {
  return { httpOnly: true, sameSite: "strict", secure: https, path: "/", expires };
}

/** Whether the visitor's connection is https, as the first proxy in front of us reports it. */
export function isHttpsRequest(headers: Headers, fallbackProtocol?: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? fallbackProtocol?.replace(":", "")) === "https";
}
