import type { AuditActor } from "../audit/audit-actions.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import type { PrismaClient } from "../db/generated/client.ts";

export type SetDisabledResult = { ok: true; changed: boolean } | { ok: false; reason: "notFound" | "self" };

/**
 * Disables an account (its sessions end at once, on every instance) or enables it again.
 * Nobody disables themselves: the last admin could lock everyone out.
 */
export async function setStaffDisabled(
  prisma: PrismaClient,
  input: { staffId: number; disabled: boolean; actor: AuditActor },
  now = new Date(),
): Promise<SetDisabledResult> {
  if (input.actor.id === input.staffId) return { ok: false, reason: "self" };
  return prisma.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({ where: { id: input.staffId }, select: { disabledAt: true, name: true, role: true } });
    if (!user) return { ok: false, reason: "notFound" } as const;
    if ((user.disabledAt !== null) === input.disabled) return { ok: true, changed: false } as const;
    await tx.staffUser.update({ where: { id: input.staffId }, data: { disabledAt: input.disabled ? now : null } });
    if (input.disabled) await tx.staffSession.deleteMany({ where: { staffId: input.staffId } });
    await writeAuditEntry(
      tx,
      {
        actor: input.actor,
        action: input.disabled ? "disableStaff" : "enableStaff",
        before: { staffId: input.staffId, name: user.name, role: user.role, disabled: user.disabledAt !== null },
        after: { staffId: input.staffId, name: user.name, role: user.role, disabled: input.disabled },
      },
      now,
    );
    return { ok: true, changed: true } as const;
  });
}
