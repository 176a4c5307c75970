import type { PrismaClient } from "../db/generated/client.ts";

export interface RateLimit {
  /** What is counted, e.g. "submit:<client hash>" or "login:<e-mail hash>". */
  key: string;
  limit: number;
  windowSeconds: number;
}

export type RateLimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one attempt in the current fixed window and says whether it is within the limit.
 * The counter lives in the database and is incremented by one atomic upsert, so several
 * server instances (and simultaneous requests) share one count without a race.
 */
export async function consumeRateLimit(prisma: PrismaClient, limit: RateLimit, now = new Date()): Promise<RateLimitResult> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${limit.key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(row?.count ?? 1);
  if (count <= limit.limit) return { allowed: true, remaining: limit.limit - count };
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: false, retryAfterSeconds };
}

/** Old windows say nothing any more; removed now and then by whoever counts next. */
export async function pruneRateLimits(prisma: PrismaClient, olderThanSeconds = 86_400, now = new Date()): Promise<number> {
  const { count } = await prisma.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - olderThanSeconds * 1000) } } });
  return count;
}
