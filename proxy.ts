import createIntlMiddleware from "next-intl/middleware";
import { type NextRequest } from "next/server";
import { routing } from "./i18n/routing.ts";
import { contentSecurityPolicy, createNonce } from "./lib/security/content-security-policy.ts";
import { HSTS } from "./lib/security/static-security-headers.ts";

const intl = createIntlMiddleware(routing);

function servedOverHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

/**
 * Locale routing plus a fresh CSP nonce per page. Next.js reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts.
 */
export default function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = servedOverHttps(request);
  const policy = contentSecurityPolicy({ nonce, https, development: process.env.NODE_ENV === "development" });
  request.headers.set("x-nonce", nonce);
  // Lets server-rendered navigation mark the current page without client JavaScript.
  request.headers.set("x-buurtbeeld-pathname", request.nextUrl.pathname);
  request.headers.set("Content-Security-Policy", policy);

  const response = intl(request);
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set(HSTS.key, HSTS.value);
  return response;
}

export const config = {
  // Everything but Next's own files, API routes and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
