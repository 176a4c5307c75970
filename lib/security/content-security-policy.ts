// A strict policy: scripts only with this response's nonce (and what they load, via
// 'strict-dynamic'), no inline style attributes, nothing from other origins but a configured
// basemap's, and no
// framing. Embeds for partners get their own, configured frame-ancestors later.

export interface PolicyOptions {
  nonce: string;
  https: boolean;
  development: boolean;
  /** Origins of a configured basemap: its style, tiles, glyphs and sprites. */
  mapOrigins?: string[];
}

export function contentSecurityPolicy({ nonce, https, development, mapOrigins = [] }: PolicyOptions): string {
  const map = mapOrigins.map((origin) => ` ${new URL(origin).origin}`).join("");
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-inline'" : ""}`,
    `img-src 'self' data: blob:${map}`,
    "font-src 'self'",
    `connect-src 'self'${map}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
