import createIntlMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing.ts";
import { sharedConcurrencyGate } from "./lib/abuse/concurrency-gate.ts";
import { refuseOverload } from "./lib/abuse/refuse-overload.ts";
import { MAX_SUBMISSIONS_IN_FLIGHT } from "./lib/abuse/submission-limits.ts";
import { isKnownBuurt } from "./lib/areas/is-known-buurt.ts";
import { getMunicipalityConfig } from "./lib/config/load-municipality-config.ts";
import { getServerDatabase } from "./lib/db/server-database.ts";
import { isKnownAmbition } from "./lib/omgevingsvisie/is-known-ambition.ts";
import { isPublishedInitiative } from "./lib/initiatives/is-published-initiative.ts";
import { isKnownMapChoice } from "./lib/maps/is-known-map-choice.ts";
import { queryNotFound } from "./lib/routing/query-not-found.ts";
import { notFoundPath } from "./lib/routing/not-found-path.ts";
import { contentSecurityPolicy, createNonce } from "./lib/security/content-security-policy.ts";
import { frameAncestors } from "./lib/security/frame-ancestors.ts";
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
 * header and puts it on its own scripts), who may frame it (the embed widgets only), locale
 * routing, and known misses sent to the server-rendered not-found page.
 */
export default async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = servedOverHttps(request);
  const config = getMunicipalityConfig();
  const basemap = config.map.basemap;
  const policy = contentSecurityPolicy({
    nonce,
    https,
    development: process.env.NODE_ENV === "development",
    mapOrigins: basemap ? [basemap.style, ...basemap.origins] : [],
    // Decided on the asked path, so a widget's 404 (rewritten below) still shows in the partner's frame.
    frameAncestors: frameAncestors(request.nextUrl.pathname, config.embed.allowedOrigins),
  });
  const { pathname } = request.nextUrl;
  // Next's own redirect is off for the API's sake; pages keep one canonical URL.
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // A plain URL, not NextURL, which would put the slash back.
    // Leading slashes collapse to one, or "//evil.example/" would redirect off-site.
    const canonical = `/${pathname.replace(/^\/+|\/+$/g, "")}${request.nextUrl.search}`;
    return new NextResponse(null, { status: 308, headers: { Location: new URL(canonical, request.url).toString() } });
  }
  // A Server Action cannot answer 429 itself: a submission this instance cannot take now
  // (full, rate limit used up, database unreachable, body too large) is refused here with
  // Retry-After and a translated text, before any work. Other requests pass untouched.
  const overload = await refuseOverload(request, pathname, {
    gate: sharedConcurrencyGate(MAX_SUBMISSIONS_IN_FLIGHT),
    prisma: async () => (await getServerDatabase()).prisma,
  });
  if (overload) {
    overload.headers.set("Content-Security-Policy", policy);
    return overload;
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
    (await notFoundPath(pathname, { buurt: isKnownBuurt, ambition: isKnownAmbition, initiative: isPublishedInitiative })) ?? (await queryNotFound(pathname, request.nextUrl.searchParams, { mapChoice: isKnownMapChoice, buurt: isKnownBuurt }));
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
