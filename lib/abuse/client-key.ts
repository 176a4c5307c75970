import { createHash } from "node:crypto";
import { z } from "zod";

const ProxyEnv = z.object({
  // How many reverse proxies of our own stand before `next start`; each appends the address it saw to X-Forwarded-For.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
});

/**
 * Who is asking, for rate limits: the client address as our own proxies saw it, hashed so
 * that no address is stored. Each of our proxies appends the address it saw, so with N of
 * them the outermost one's entry, the client's real address, is the Nth from the right;
 * anything further left is the client's own claim and ignored. `next start` appends
 * nothing: it only fills in the socket's address when the header is absent. So without a
 * proxy of our own a client can name itself (README: run behind one; the site-wide limit
 * holds regardless).
 */
export function clientKey(headers: Headers, env: NodeJS.ProcessEnv = process.env): string {
  const { TRUSTED_PROXY_HOPS } = ProxyEnv.parse(env);
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const address = hops[hops.length - Math.max(TRUSTED_PROXY_HOPS, 1)] ?? hops[0] ?? "unknown";
  return createHash("sha256").update(`buurtbeeld-client:${address}`).digest("base64url").slice(0, 22);
}
