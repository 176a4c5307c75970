import { z } from "zod";
import type { PrismaClient } from "../db/generated/client.ts";

/** The unsubscribe token's shape: random URL-safe characters. Checked before any lookup. */
export const UnsubscribeToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/**
 * Stops further mails to the contact with this token. Says nothing about whether the token
 * was known: the page and the one-click answer are the same either way, so nobody learns
 * by trying whether a token (or an initiative behind it) exists. Unsubscribing twice
 * keeps the first moment.
 */
export async function unsubscribeContact(prisma: PrismaClient, token: string, now = new Date()): Promise<void> {
  const parsed = UnsubscribeToken.safeParse(token);
  if (!parsed.success) return;
  await prisma.initiativeContact.updateMany({ where: { unsubscribeToken: parsed.data, unsubscribedAt: null }, data: { unsubscribedAt: now } });
}
