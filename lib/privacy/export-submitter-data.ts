import type { AuditActor } from "../audit/audit-actions.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { emailHash } from "./email-hash.ts";
import { contactsOf, mailsTo } from "./find-submitter-data.ts";

export interface SubmitterExport {
  exportedAt: string;
  email: string;
  initiatives: {
    id: number;
    reference: string;
    title: string;
    description: string;
    category: string;
    submitterKind: string;
    buurtCode: string;
    areaYear: number;
    lon: number | null;
    lat: number | null;
    status: string;
    publicReason: string | null;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
    contact: { email: string; locale: string; createdAt: string; unsubscribedAt: string | null };
    history: { status: string; publicReason: string | null; changedAt: string }[];
  }[];
  mails: { initiativeId: number | null; to: string; subject: string; text: string; createdAt: string; sentAt: string | null }[];
}

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Everything stored about one submitter (an access request, AVG art. 15): their
 * initiatives with contact rows and status history, and every mail to them. The export
 * itself is recorded in the audit log with a hash of the address, never the address.
 */
export async function exportSubmitterData(prisma: PrismaClient, input: { email: string; actor: AuditActor }, now = new Date()): Promise<SubmitterExport> {
  return prisma.$transaction(async (tx) => {
    const contacts = await tx.initiativeContact.findMany({
      where: contactsOf(input.email),
      select: {
        email: true,
        locale: true,
        createdAt: true,
        unsubscribedAt: true,
        initiative: { include: { history: { orderBy: [{ changedAt: "asc" }, { id: "asc" }] } } },
      },
      orderBy: { initiativeId: "asc" },
    });
    const mails = await tx.outboxMail.findMany({ where: mailsTo(input.email), orderBy: { id: "asc" } });
    await writeAuditEntry(
      tx,
      { actor: input.actor, action: "exportSubmitter", after: { emailHash: emailHash(input.email), initiativeIds: contacts.map((contact) => contact.initiative.id), mails: mails.length } },
      now,
    );
    return {
      exportedAt: iso(now),
      email: input.email.trim(),
      initiatives: contacts.map(({ initiative, ...contact }) => ({
        id: initiative.id,
        reference: initiative.reference,
        title: initiative.title,
        description: initiative.description,
        category: initiative.category,
        submitterKind: initiative.submitterKind,
        buurtCode: initiative.buurtCode,
        areaYear: initiative.areaYear,
        lon: initiative.lon,
        lat: initiative.lat,
        status: initiative.status,
        publicReason: initiative.publicReason,
        createdAt: iso(initiative.createdAt),
        updatedAt: iso(initiative.updatedAt),
        publishedAt: isoOrNull(initiative.publishedAt),
        contact: { email: contact.email, locale: contact.locale, createdAt: iso(contact.createdAt), unsubscribedAt: isoOrNull(contact.unsubscribedAt) },
        history: initiative.history.map((change) => ({ status: change.status, publicReason: change.publicReason, changedAt: iso(change.changedAt) })),
      })),
      mails: mails.map((mail) => ({ initiativeId: mail.initiativeId, to: mail.to, subject: mail.subject, text: mail.text, createdAt: iso(mail.createdAt), sentAt: isoOrNull(mail.sentAt) })),
    };
  });
}
