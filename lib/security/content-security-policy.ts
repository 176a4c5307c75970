// A strict policy: scripts only with this response's nonce (and what they load, via
// 'strict-dynamic'), no inline style attributes, nothing from other origins, and no
// framing. Embeds for partners get their own, configured frame-ancestors later.

export interface PolicyOptions {
  nonce: string;
  https: boolean;
  development: boolean;
}

export function contentSecurityPolicy({ nonce, https, development }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
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
