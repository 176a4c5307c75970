import type { PrismaClient } from "../db/generated/client.ts";
import type { RateLimit, RateLimitResult } from "./consume-rate-limit.ts";

/**
 * Whether one more attempt would still be within the limit, without counting it: the proxy
 * asks this to refuse with 429 before the work starts; the work itself then counts with
 * consumeRateLimit. Same fixed windows as consumeRateLimit.
 */
export async function peekRateLimit(prisma: PrismaClient, limit: RateLimit, now = new Date()): Promise<RateLimitResult> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const row = await prisma.rateLimitWindow.findUnique({ where: { key_windowStart: { key: limit.key, windowStart } }, select: { count: true } });
  const count = row?.count ?? 0;
  if (count < limit.limit) return { allowed: true, remaining: limit.limit - count };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)) };
}
