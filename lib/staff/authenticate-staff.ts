import type { PrismaClient } from "../db/generated/client.ts";
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from "./hash-password.ts";
import { clearAccountAttempts, countLoginAttempt } from "./login-throttle.ts";
import { normalizeEmail } from "./staff-email.ts";
import type { StaffIdentity } from "./staff-roles.ts";

export type AuthenticationResult =
  | { ok: true; staff: StaffIdentity }
  // One reason for an unknown address, a wrong password and a disabled account alike.
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Checks a login attempt: throttle first, then the password, at the same cost whether or not the account exists. */
export async function authenticateStaff(
  prisma: PrismaClient,
  attempt: { email: string; password: string; clientKey: string },
  now = new Date(),
): Promise<AuthenticationResult> {
  const email = normalizeEmail(attempt.email);
  const throttle = await countLoginAttempt(prisma, email, attempt.clientKey, now);
  if (!throttle.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };

  const user = await prisma.staffUser.findUnique({ where: { email } });
  if (!user) {
    await verifyDummyPassword(attempt.password);
    return { ok: false, reason: "invalid" };
  }
  const matches = await verifyPassword(attempt.password, user.passwordHash);
  if (!matches || user.disabledAt) return { ok: false, reason: "invalid" };

  await clearAccountAttempts(prisma, email);
  if (needsRehash(user.passwordHash)) {
    await prisma.staffUser.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(attempt.password) } });
  }
  return { ok: true, staff: { id: user.id, name: user.name, email: user.email, role: user.role } };
}
