import { consumeRateLimit, type RateLimit } from "../abuse/consume-rate-limit.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { emailHash } from "../privacy/email-hash.ts";

// Guessing passwords is slowed twice: per account (whoever asks) and per client (whichever
// account). Every attempt counts before the password is checked, so parallel requests
// cannot slip past; a successful login clears only its account's count, never the client's,
// or one known password would buy unlimited guesses at the others.
export const LOGIN_LIMITS = {
  perAccount: { limit: 10, windowSeconds: 15 * 60 },
  perClient: { limit: 50, windowSeconds: 15 * 60 },
} as const;

const accountKey = (email: string) => `login-account:${emailHash(email)}`;
const clientKeyOf = (client: string) => `login-client:${client}`;

export type ThrottleResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function countLoginAttempt(prisma: PrismaClient, email: string, client: string, now = new Date()): Promise<ThrottleResult> {
  const limits: RateLimit[] = [
    { key: accountKey(email), ...LOGIN_LIMITS.perAccount },
    { key: clientKeyOf(client), ...LOGIN_LIMITS.perClient },
  ];
  let retryAfterSeconds = 0;
  for (const limit of limits) {
    const result = await consumeRateLimit(prisma, limit, now);
    if (!result.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, result.retryAfterSeconds);
  }
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}

export async function clearAccountAttempts(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.rateLimitWindow.deleteMany({ where: { key: accountKey(email) } });
}
