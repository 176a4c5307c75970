import "server-only";
import { headers } from "next/headers";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";

/**
 * Where the site lives, for absolute URLs in meta tags (og:image must be absolute). The
 * configured siteUrl wins; without it, the host this request came to, as the proxy in
 * front of us says it (x-forwarded-*), so a preview on a test server points at itself.
 */
export async function siteOrigin(): Promise<URL> {
  const configured = getMunicipalityConfig().siteUrl;
  if (configured) return new URL(configured);
  const list = await headers();
  const host = list.get("x-forwarded-host")?.split(",")[0]?.trim() || list.get("host") || "localhost";
  const protocol = list.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  try {
    return new URL(`${protocol}://${host}`);
  } catch {
    // A host header that is no host at all: relative URLs are better than none.
    return new URL("http://localhost");
  }
}
