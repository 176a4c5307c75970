import type { Prisma } from "../db/generated/client.ts";
import type { AuditAction, AuditActor } from "./audit-actions.ts";

/** Plain JSON: dates as ISO text, so the log shows exactly what was stored. */
export type AuditValue = { [key: string]: string | number | boolean | null | string[] | number[] | AuditValue };

export interface AuditRecord {
  actor: AuditActor;
  action: AuditAction;
  initiativeId?: number | null;
  /** Never contact data: the log is read by people who do not handle data requests. */
  before?: AuditValue;
  after?: AuditValue;
}

/** One line in the audit log, written in the transaction of the change it records. */
export async function writeAuditEntry(tx: Prisma.TransactionClient, record: AuditRecord, now = new Date()): Promise<void> {
  await tx.auditEntry.create({
    data: {
      staffId: record.actor.id,
      staffName: record.actor.name.slice(0, 120),
      action: record.action,
      initiativeId: record.initiativeId ?? null,
      ...(record.before ? { before: record.before } : {}),
      ...(record.after ? { after: record.after } : {}),
      at: now,
    },
  });
}
