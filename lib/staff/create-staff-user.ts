import type { AuditActor } from "../audit/audit-actions.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { Prisma, type PrismaClient, type StaffRole } from "../db/generated/client.ts";
import { hashPassword } from "./hash-password.ts";
import { normalizeEmail } from "./staff-email.ts";

export type CreateStaffResult = { ok: true; id: number } | { ok: false; reason: "exists" };

/** A new staff account, by the CLI (the first admin) or by an admin; recorded in the audit log. */
export async function createStaffUser(
  prisma: PrismaClient,
  input: { email: string; name: string; password: string; role: StaffRole; actor: AuditActor },
  now = new Date(),
): Promise<CreateStaffResult> {
  const email = normalizeEmail(input.email);
  if (await prisma.staffUser.findUnique({ where: { email }, select: { id: true } })) return { ok: false, reason: "exists" };
  // Hashing takes a noticeable moment and 32 MiB; done before the transaction opens.
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.staffUser.create({ data: { email, name: input.name.trim(), passwordHash, role: input.role, createdAt: now } });
      await writeAuditEntry(tx, { actor: input.actor, action: "createStaff", after: { staffId: user.id, name: user.name, role: user.role } }, now);
      return { ok: true, id: user.id } as const;
    });
  } catch (error) {
    // Two admins adding the same address at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "exists" };
    throw error;
  }
}
