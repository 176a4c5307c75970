import type { AuditActor } from "../audit/audit-actions.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import type { PrismaClient } from "../db/generated/client.ts";

export interface RetentionResult {
  /** Contact rows whose initiative saw no status change within the period. */
  contacts: number;
  /** Mails to those contacts, and any mail sent before the period began. */
  mails: number;
  sessions: number;
  rateLimitWindows: number;
}

/** Rate-limit windows older than this count for nothing (the longest window is 15 minutes). */
const RATE_LIMIT_KEEP_SECONDS = 24 * 3600;

/**
 * Deletes what is kept only for a while: a submitter's address once their initiative has
 * been quiet for the configured period (counted from its last status change, or its
 * submission when it never changed), the mails to them, expired staff sessions and old
 * rate-limit counters. The initiatives themselves stay. With dryRun, only counts.
 */
export async function applyRetention(
  prisma: PrismaClient,
  options: { retentionDays: number; dryRun: boolean; actor: AuditActor },
  now = new Date(),
): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - options.retentionDays * 86_400_000);
  const rateCutoff = new Date(now.getTime() - RATE_LIMIT_KEEP_SECONDS * 1000);
  return prisma.$transaction(async (tx) => {
    // Decided inside the transaction: a status change that commits first keeps its contact.
    const candidates = await tx.initiativeContact.findMany({
      where: { initiative: { createdAt: { lt: cutoff } } },
      select: {
        initiativeId: true,
        initiative: { select: { createdAt: true, history: { select: { changedAt: true }, orderBy: { changedAt: "desc" }, take: 1 } } },
      },
    });
    const expired = candidates
      .filter(({ initiative }) => (initiative.history[0]?.changedAt ?? initiative.createdAt) < cutoff)
      .map((contact) => contact.initiativeId);
    const mailWhere = { OR: [{ initiativeId: { in: expired } }, { sentAt: { lt: cutoff } }] };
    const sessionWhere = { expiresAt: { lte: now } };
    const windowWhere = { windowStart: { lt: rateCutoff } };

    if (options.dryRun) {
      return {
        contacts: expired.length,
        mails: await tx.outboxMail.count({ where: mailWhere }),
        sessions: await tx.staffSession.count({ where: sessionWhere }),
        rateLimitWindows: await tx.rateLimitWindow.count({ where: windowWhere }),
      };
    }
    const mails = await tx.outboxMail.deleteMany({ where: mailWhere });
    const contacts = await tx.initiativeContact.deleteMany({ where: { initiativeId: { in: expired } } });
    const sessions = await tx.staffSession.deleteMany({ where: sessionWhere });
    const windows = await tx.rateLimitWindow.deleteMany({ where: windowWhere });
    if (contacts.count > 0 || mails.count > 0) {
      await writeAuditEntry(
        tx,
        { actor: options.actor, action: "retention", after: { retentionDays: options.retentionDays, contactsDeleted: contacts.count, mailsDeleted: mails.count, initiativeIds: expired } },
        now,
      );
    }
    return { contacts: contacts.count, mails: mails.count, sessions: sessions.count, rateLimitWindows: windows.count };
  });
}
