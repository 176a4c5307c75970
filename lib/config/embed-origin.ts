import { z } from "zod";

// An origin that may frame our widgets. It ends up verbatim in a CSP header, so nothing but
// scheme, host and port gets through: no path (CSP would match it as a path prefix, which
// partners do not expect), no wildcard, no credentials, no query.
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function asOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.search || url.hash || url.pathname !== "/") return null;
  if (!HOST_NAME.test(url.hostname)) return null;
  // Only "https://host" or "https://host/" as written: "https://host/?" or "https://host#" say more than an origin.
  const written = value.replace(/\/$/, "");
  return written.toLowerCase() === url.origin || written.toLowerCase() === `${url.origin}:443` ? url.origin : null;
}

/** "https://host[:port]", written in canonical form (lower case, no default port, no slash). */
export const EmbedOrigin = z
  .string()
  .max(253)
  .transform((value, context) => {
    const origin = asOrigin(value.trim());
    if (origin === null) {
      context.addIssue({ code: "custom", message: "must be an https origin like https://www.example.nl (scheme, host and optional port; no path, query or wildcard)" });
      return z.NEVER;
    }
    return origin;
  });
