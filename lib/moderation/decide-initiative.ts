import type { AuditAction, AuditActor } from "../audit/audit-actions.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import type { InitiativeStatus, PrismaClient } from "../db/generated/client.ts";
import { canMoveTo } from "../initiatives/initiative-status.ts";
import { enqueueStatusMail } from "../mail/enqueue-status-mail.ts";

export const PROGRESS_STATUSES = ["IN_PROGRESS", "REALISED", "CLOSED"] as const satisfies readonly InitiativeStatus[];
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** What a moderator can decide; reasons are public with the status, so they are written for the submitter. */
export type Decision =
  | { kind: "publish" }
  | { kind: "reject"; publicReason: string }
  | { kind: "requestChanges"; publicReason: string }
  | { kind: "progress"; to: ProgressStatus; publicReason: string | null };

export type DecisionResult =
  | { ok: true; status: InitiativeStatus }
  | { ok: false; reason: "notFound" | "stale" | "notAllowed" };

function target(decision: Decision): { status: InitiativeStatus; publicReason: string | null; action: AuditAction } {
  switch (decision.kind) {
    case "publish":
      return { status: "PUBLISHED", publicReason: null, action: "publish" };
    case "reject":
      return { status: "REJECTED", publicReason: decision.publicReason, action: "reject" };
    case "requestChanges":
      return { status: "CHANGES_REQUESTED", publicReason: decision.publicReason, action: "requestChanges" };
    case "progress":
      return { status: decision.to, publicReason: decision.publicReason, action: "progress" };
  }
}

/**
 * One decision, all or nothing: the initiative, its public history, the audit entry and
 * the submitter's mail are written in one transaction. The form says which status it was
 * shown for; if another moderator decided in the meantime, nothing is written ("stale"),
 * and a move the status rules do not allow is refused, whatever the form claims.
 */
export async function decideInitiative(
  prisma: PrismaClient,
  input: { initiativeId: number; expectedStatus: InitiativeStatus; decision: Decision; actor: AuditActor; origin: URL },
  now = new Date(),
): Promise<DecisionResult> {
  const { status, publicReason, action } = target(input.decision);
  return prisma.$transaction(async (tx) => {
    const current = await tx.initiative.findUnique({
      where: { id: input.initiativeId },
      select: { status: true, publicReason: true, publishedAt: true },
    });
    if (!current) return { ok: false, reason: "notFound" } as const;
    if (current.status !== input.expectedStatus) return { ok: false, reason: "stale" } as const;
    if (!canMoveTo(current.status, status)) return { ok: false, reason: "notAllowed" } as const;

    const publishedAt = status === "PUBLISHED" ? now : current.publishedAt;
    // The status in the WHERE clause makes the check and the write one step: a decision
    // committed by someone else between our read and this update leaves nothing to update.
    const { count } = await tx.initiative.updateMany({
      where: { id: input.initiativeId, status: input.expectedStatus },
      data: { status, publicReason, publishedAt, updatedAt: now },
    });
    if (count !== 1) return { ok: false, reason: "stale" } as const;

    await tx.initiativeStatusChange.create({ data: { initiativeId: input.initiativeId, status, publicReason, changedAt: now } });
    await writeAuditEntry(
      tx,
      {
        actor: input.actor,
        action,
        initiativeId: input.initiativeId,
        before: { status: current.status, publicReason: current.publicReason, publishedAt: current.publishedAt?.toISOString() ?? null },
        after: { status, publicReason, publishedAt: publishedAt?.toISOString() ?? null },
      },
      now,
    );
    await enqueueStatusMail(tx, { initiativeId: input.initiativeId, status, publicReason }, input.origin);
    return { ok: true, status } as const;
  });
}
