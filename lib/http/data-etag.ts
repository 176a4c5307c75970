import { createHash } from "node:crypto";

/**
 * A strong validator for anything served from the published data (API responses,
 * downloads, embeds): it changes exactly when the data version (every import and
 * publication moves it) or the request's own variant (path, query, language) changes.
 * Partners that fetch the same thing again get a cheap 304 until the next release.
 */
export function dataEtag(version: number | string, variant: readonly string[]): string {
  const digest = createHash("sha256").update(variant.join("\n")).digest("base64url");
  return `"data-${version}-${digest.slice(0, 22)}"`;
}
