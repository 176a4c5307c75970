// A strict policy: scripts only with this response's nonce (and what they load, via
// 'strict-dynamic'), no inline style attributes, nothing from other origins but a configured
// basemap's, and no framing but the widgets' (lib/security/frame-ancestors.ts says which
// paths and which origins).

export interface PolicyOptions {
  nonce: string;
  https: boolean;
  development: boolean;
  /** Origins of a configured basemap: its style, tiles, glyphs and sprites. */
  mapOrigins?: string[];
  /** The frame-ancestors sources of this path; only the embed widgets get more than 'none'. */
  frameAncestors?: string;
}

export function contentSecurityPolicy({ nonce, https, development, mapOrigins = [], frameAncestors = "'none'" }: PolicyOptions): string {
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
    `frame-ancestors ${frameAncestors}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
