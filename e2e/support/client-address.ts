// The e2e servers run as if behind one reverse proxy of our own (TRUSTED_PROXY_HOPS=1), so
// the X-Forwarded-For a test sends is what that proxy would have appended: the client's
// address. The specs that submit forms on the embedded server are each their own client, so
// the per-client rate limit (5 per 10 minutes) is spent per spec and not across the run.
// (postgres.spec.ts has a server of its own and tests that limit from one address.)

/** Playwright options that make every request of a test come from this (documentation-range) address. */
export function asClient(address: `192.0.2.${number}`) {
  return { extraHTTPHeaders: { "x-forwarded-for": address } };
}
