import type { PrismaClient } from "../db/generated/client.ts";
import { newSessionToken, sessionTokenHash } from "./session-token.ts";

/**
 * A staff login lasts a working day from the moment of login, however active: it is not
 * extended, so a stolen cookie is worth at most one day and a forgotten one ends itself.
 */
export const STAFF_SESSION_HOURS = 8;

export async function createStaffSession(prisma: PrismaClient, staffId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + STAFF_SESSION_HOURS * 3_600_000);
  await prisma.staffSession.create({ data: { tokenHash: sessionTokenHash(token), staffId, createdAt: now, expiresAt } });
  return { token, expiresAt };
}
