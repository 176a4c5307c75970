import createIntlMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing.ts";
import { isKnownBuurt } from "./lib/areas/is-known-buurt.ts";
import { getMunicipalityConfig } from "./lib/config/load-municipality-config.ts";
import { isKnownAmbition } from "./lib/omgevingsvisie/is-known-ambition.ts";
import { isKnownMapChoice } from "./lib/maps/is-known-map-choice.ts";
import { queryNotFound } from "./lib/routing/query-not-found.ts";
import { notFoundPath } from "./lib/routing/not-found-path.ts";
import { contentSecurityPolicy, createNonce } from "./lib/security/content-security-policy.ts";
import { HSTS } from "./lib/security/static-security-headers.ts";
import { lookupStaffSession } from "./lib/staff/lookup-staff-session.ts";
import { STAFF_RESPONSE_HEADERS, staffGate } from "./lib/staff/staff-gate.ts";

const intl = createIntlMiddleware(routing);

function servedOverHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

/**
 * Every page request: a fresh CSP nonce (Next.js reads it from the request's policy
 * header and puts it on its own scripts), locale routing, and known misses sent to the
 * server-rendered not-found page.
 */
export default async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = servedOverHttps(request);
  const basemap = getMunicipalityConfig().map.basemap;
  const policy = contentSecurityPolicy({
    nonce,
    https,
    development: process.env.NODE_ENV === "development",
    mapOrigins: basemap ? [basemap.style, ...basemap.origins] : [],
  });
  const { pathname } = request.nextUrl;
  // Next's own redirect is off for the API's sake; pages keep one canonical URL.
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // A relative Location: NextURL would put the slash back, and the host may be a proxy's.
    // Leading slashes collapse to one, or "//evil.example/" would redirect off-site.
    const canonical = `/${pathname.replace(/^\/+|\/+$/g, "")}${request.nextUrl.search}`;
    return new NextResponse(null, { status: 308, headers: { Location: canonical } });
  }
  const staff = await staffGate(
    { method: request.method, pathname, search: request.nextUrl.search, https, cookie: (name) => request.cookies.get(name)?.value },
    lookupStaffSession,
  );
  if (staff.redirect) {
    // Absolute for Next's own handling of a proxy's Location, which makes it relative again.
    const redirect = new NextResponse(null, { status: 303, headers: { Location: new URL(staff.redirect, request.url).toString() } });
    for (const [key, value] of STAFF_RESPONSE_HEADERS) redirect.headers.set(key, value);
    return redirect;
  }
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", policy);
  // Lets server-rendered navigation mark the current page without client JavaScript.
  request.headers.set("x-buurtbeeld-pathname", pathname);
  // The language switch keeps the view: a map's choice or a comparison lives in the query.
  request.headers.set("x-buurtbeeld-search", request.nextUrl.search);

  const missing =
    (await notFoundPath(pathname, { buurt: isKnownBuurt, ambition: isKnownAmbition })) ?? (await queryNotFound(pathname, request.nextUrl.searchParams, { mapChoice: isKnownMapChoice, buurt: isKnownBuurt }));
  const response = missing
    ? NextResponse.rewrite(new URL(missing, request.url), { request: { headers: request.headers } })
    : intl(request);
  response.headers.set("Content-Security-Policy", policy);
  if (staff.staffPath) for (const [key, value] of STAFF_RESPONSE_HEADERS) response.headers.set(key, value);
  if (https) response.headers.set(HSTS.key, HSTS.value);
  return response;
}

export const config = {
  // Everything but Next's own files, the API and the few files served as they are.
  matcher: ["/((?!api/|_next/|_vercel/|assets/|icon\\.svg|favicon\\.ico|robots\\.txt).*)"],
};
