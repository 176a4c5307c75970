import type { PrismaClient } from "../db/generated/client.ts";
import { isWellFormedToken, sessionTokenHash } from "./session-token.ts";

/** Logs out: the session row goes, so the cookie opens nothing even if it lingers in a browser. */
export async function endStaffSession(prisma: PrismaClient, token: string | undefined): Promise<void> {
  if (!token || !isWellFormedToken(token)) return;
  await prisma.staffSession.deleteMany({ where: { tokenHash: sessionTokenHash(token) } });
}

/** Every session of one account: when it is disabled, it is out at once, on every instance. */
export async function endAllStaffSessions(prisma: PrismaClient, staffId: number): Promise<number> {
  const { count } = await prisma.staffSession.deleteMany({ where: { staffId } });
  return count;
}

/** Expired rows say nothing any more; the retention command clears them. */
export async function pruneStaffSessions(prisma: PrismaClient, now = new Date()): Promise<number> {
  const { count } = await prisma.staffSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
