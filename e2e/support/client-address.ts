// The e2e servers run as if behind one reverse proxy of our own (TRUSTED_PROXY_HOPS=1), so
// the X-Forwarded-For a test sends is what that proxy would have appended: the client's
// address. Each spec that submits forms is its own client, so the per-client rate limit
// (5 per 10 minutes) is spent per spec and not across the whole run.

/** Playwright options that make every request of a test come from this (documentation-range) address. */
export function asClient(address: `192.0.2.${number}`) {
  return { extraHTTPHeaders: { "x-forwarded-for": address } };
}
