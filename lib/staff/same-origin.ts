/**
 * Whether a POST came from a page of this site. Server Actions get this check from
 * Next.js; our own Route Handlers that change or hand out data do it themselves, on top of
 * the SameSite=Strict cookie.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
