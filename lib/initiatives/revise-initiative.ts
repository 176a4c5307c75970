import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { enqueueStatusMail } from "../mail/enqueue-status-mail.ts";
import type { Revision } from "./revision-schema.ts";

export type RevisionResult = { ok: true } | { ok: false; reason: "notFound" | "notAwaitingChanges" | "stale" };

/** How the audit log names the holder of a reference: no account, no name, no address. */
export const SUBMITTER_ACTOR = { id: null, name: "indiener (referentie)" } as const;

/**
 * The submitter's answer to a request for change: the corrected texts go back to the
 * moderation queue as a new submission. Only while a change is asked for, and only from
 * the state the form was drawn from; the texts, the public history (without a reason, so
 * the old request no longer reads as current), the audit entry and the receipt mail are
 * written in one transaction.
 */
export async function reviseInitiative(prisma: PrismaClient, revision: Revision, origin: URL, now = new Date()): Promise<RevisionResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.initiative.findUnique({
      where: { reference: revision.reference },
      select: { id: true, status: true, publicReason: true, title: true, description: true, category: true, updatedAt: true },
    });
    if (!current) return { ok: false, reason: "notFound" } as const;
    if (current.status !== "CHANGES_REQUESTED") return { ok: false, reason: "notAwaitingChanges" } as const;
    if (current.updatedAt.getTime() !== revision.version) return { ok: false, reason: "stale" } as const;

    const texts = { title: revision.title, description: revision.description, category: revision.category };
    // The log keeps what the submitter changed, field by field, like a moderator's edit.
    const changed = (["title", "description", "category"] as const).filter((field) => current[field] !== texts[field]);
    const { count } = await tx.initiative.updateMany({
      where: { id: current.id, status: "CHANGES_REQUESTED", updatedAt: current.updatedAt },
      data: { ...texts, status: "SUBMITTED", publicReason: null, updatedAt: now },
    });
    if (count !== 1) return { ok: false, reason: "stale" } as const;

    await tx.initiativeStatusChange.create({ data: { initiativeId: current.id, status: "SUBMITTED", publicReason: null, changedAt: now } });
    await writeAuditEntry(
      tx,
      {
        actor: SUBMITTER_ACTOR,
        action: "revise",
        initiativeId: current.id,
        before: { status: current.status, publicReason: current.publicReason, ...Object.fromEntries(changed.map((field) => [field, current[field]])) },
        after: { status: "SUBMITTED", publicReason: null, ...Object.fromEntries(changed.map((field) => [field, texts[field]])) },
      },
      now,
    );
    await enqueueStatusMail(tx, { initiativeId: current.id, status: "SUBMITTED", publicReason: null }, origin);
    return { ok: true } as const;
  });
}
