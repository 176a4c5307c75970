import type { AuditActor } from "../audit/audit-actions.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import type { InitiativeStatus, PrismaClient } from "../db/generated/client.ts";
import { emailHash } from "./email-hash.ts";
import { contactsOf, mailsTo } from "./find-submitter-data.ts";

export interface SubmitterSummary {
  initiatives: { id: number; title: string; status: InitiativeStatus; createdAt: Date }[];
  mails: number;
}

/** What is stored under an address, before an admin exports or deletes it; the look-up is logged too. */
export async function lookupSubmitter(prisma: PrismaClient, input: { email: string; actor: AuditActor }, now = new Date()): Promise<SubmitterSummary> {
  return prisma.$transaction(async (tx) => {
    const contacts = await tx.initiativeContact.findMany({
      where: contactsOf(input.email),
      select: { initiative: { select: { id: true, title: true, status: true, createdAt: true } } },
      orderBy: { initiativeId: "asc" },
    });
    const mails = await tx.outboxMail.count({ where: mailsTo(input.email) });
    const initiatives = contacts.map((contact) => contact.initiative);
    await writeAuditEntry(
      tx,
      { actor: input.actor, action: "lookupSubmitter", after: { emailHash: emailHash(input.email), initiativeIds: initiatives.map((initiative) => initiative.id), mails } },
      now,
    );
    return { initiatives, mails };
  });
}
