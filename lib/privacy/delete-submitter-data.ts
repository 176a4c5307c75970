import type { AuditActor } from "../audit/audit-actions.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { isPublicStatus } from "../initiatives/initiative-status.ts";
import { emailHash } from "./email-hash.ts";
import { contactsOf, mailsTo } from "./find-submitter-data.ts";

export interface SubmitterDeletion {
  contacts: number;
  mails: number;
  /** Unpublished initiatives removed at the submitter's request; published ones stay, without contact. */
  initiatives: number[];
}

/**
 * A request to erase (AVG art. 17): the submitter's address goes from every initiative and
 * every mail, in one transaction. Published initiatives stay public without a contact;
 * unpublished ones are removed too when asked. The log keeps a hash of the address.
 */
export async function deleteSubmitterData(
  prisma: PrismaClient,
  input: { email: string; includeUnpublished: boolean; actor: AuditActor },
  now = new Date(),
): Promise<SubmitterDeletion> {
  return prisma.$transaction(async (tx) => {
    const contacts = await tx.initiativeContact.findMany({
      where: contactsOf(input.email),
      select: { initiativeId: true, initiative: { select: { status: true } } },
    });
    const unpublished = input.includeUnpublished
      ? contacts.filter((contact) => !isPublicStatus(contact.initiative.status)).map((contact) => contact.initiativeId)
      : [];
    const ids = contacts.map((contact) => contact.initiativeId);
    const mails = await tx.outboxMail.deleteMany({ where: { OR: [mailsTo(input.email), { initiativeId: { in: ids } }] } });
    const removed = await tx.initiativeContact.deleteMany({ where: { initiativeId: { in: ids } } });
    if (unpublished.length > 0) await tx.initiative.deleteMany({ where: { id: { in: unpublished } } });
    const result = { contacts: removed.count, mails: mails.count, initiatives: unpublished };
    await writeAuditEntry(
      tx,
      {
        actor: input.actor,
        action: "deleteSubmitter",
        before: { emailHash: emailHash(input.email), initiativeIds: ids },
        after: { contactsDeleted: result.contacts, mailsDeleted: result.mails, initiativesDeleted: unpublished },
      },
      now,
    );
    return result;
  });
}
