import type { InitiativeStatus, Prisma } from "../db/generated/client.ts";
import { routes } from "../routes.ts";
import { mailTranslator } from "./mail-translator.ts";

export interface StatusMail {
  initiativeId: number;
  status: InitiativeStatus;
  publicReason: string | null;
}

/**
 * Writes the submitter's status mail into the outbox, in the caller's transaction: the
 * mail exists exactly when the change does. Nothing is written without a contact address
 * or after the submitter unsubscribed. The sender (lib/mail/send-outbox.ts) delivers it.
 */
export async function enqueueStatusMail(tx: Prisma.TransactionClient, mail: StatusMail, origin: URL): Promise<boolean> {
  const initiative = await tx.initiative.findUnique({
    where: { id: mail.initiativeId },
    select: { title: true, reference: true, contact: { select: { email: true, locale: true, unsubscribeToken: true, unsubscribedAt: true } } },
  });
  const contact = initiative?.contact;
  if (!initiative || !contact || contact.unsubscribedAt) return false;
  const locale = contact.locale === "en" ? "en" : "nl";
  const t = mailTranslator(locale);
  const link = (path: string) => new URL(path, origin).toString();
  const text = [
    t("greeting"),
    "",
    t(`status.${mail.status}`, { title: initiative.title }),
    ...(mail.publicReason ? ["", t("reason", { reason: mail.publicReason })] : []),
    "",
    t("follow", { reference: initiative.reference }),
    link(routes.initiativeStatus(locale, initiative.reference)),
    "",
    t("unsubscribe"),
    link(routes.unsubscribe(locale, contact.unsubscribeToken)),
  ].join("\n");
  await tx.outboxMail.create({
    data: { initiativeId: mail.initiativeId, to: contact.email, subject: t("subject", { title: initiative.title }), text },
  });
  return true;
}
