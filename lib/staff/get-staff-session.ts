import type { PrismaClient } from "../db/generated/client.ts";
import type { StaffIdentity } from "./staff-roles.ts";
import { isWellFormedToken, sessionTokenHash } from "./session-token.ts";

export interface StaffSessionView {
  staff: StaffIdentity;
  expiresAt: Date;
}

/** The session a cookie's token opens, or null when it is unknown, expired or its account disabled. */
export async function getStaffSession(prisma: PrismaClient, token: string | undefined, now = new Date()): Promise<StaffSessionView | null> {
  if (!token || !isWellFormedToken(token)) return null;
  const session = await prisma.staffSession.findUnique({
    where: { tokenHash: sessionTokenHash(token) },
    select: { expiresAt: true, staff: { select: { id: true, name: true, email: true, role: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= now || session.staff.disabledAt) return null;
  const { disabledAt: _, ...staff } = session.staff;
  return { staff, expiresAt: session.expiresAt };
}
