import type { AuditActor } from "../audit/audit-actions.ts";
import { type AuditValue, writeAuditEntry } from "../audit/write-audit-entry.ts";
import type { PrismaClient } from "../db/generated/client.ts";

export interface InitiativeEdit {
  title: string;
  description: string;
  category: string;
}

export type EditResult = { ok: true; changed: (keyof InitiativeEdit)[] } | { ok: false; reason: "notFound" | "stale" };

/**
 * A moderator's correction of a typo. What changed is recorded field by field, before and
 * after, in the same transaction. The form carries the version (updatedAt) it was shown
 * with, so an edit on top of someone else's change, or of a decision, is refused.
 */
export async function editInitiative(
  prisma: PrismaClient,
  input: { initiativeId: number; expectedVersion: Date; changes: InitiativeEdit; actor: AuditActor },
  now = new Date(),
): Promise<EditResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.initiative.findUnique({
      where: { id: input.initiativeId },
      select: { title: true, description: true, category: true, updatedAt: true },
    });
    if (!current) return { ok: false, reason: "notFound" } as const;
    if (current.updatedAt.getTime() !== input.expectedVersion.getTime()) return { ok: false, reason: "stale" } as const;

    const fields = ["title", "description", "category"] as const;
    const changed = fields.filter((field) => current[field] !== input.changes[field]);
    if (changed.length === 0) return { ok: true, changed } as const;

    const before: AuditValue = Object.fromEntries(changed.map((field) => [field, current[field]]));
    const after: Partial<InitiativeEdit> = Object.fromEntries(changed.map((field) => [field, input.changes[field]]));
    const { count } = await tx.initiative.updateMany({
      where: { id: input.initiativeId, updatedAt: current.updatedAt },
      data: { ...after, updatedAt: now },
    });
    if (count !== 1) return { ok: false, reason: "stale" } as const;
    await writeAuditEntry(tx, { actor: input.actor, action: "edit", initiativeId: input.initiativeId, before, after: after as AuditValue }, now);
    return { ok: true, changed } as const;
  });
}
