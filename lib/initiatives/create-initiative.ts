import { randomBytes } from "node:crypto";
import type { PrismaClient, SubmitterKind } from "../db/generated/client.ts";
import { enqueueStatusMail } from "../mail/enqueue-status-mail.ts";
import { createInitiativeReference } from "./initiative-reference.ts";

export interface NewInitiative {
  idempotencyKey: string;
  title: string;
  description: string;
  category: string;
  submitterKind: SubmitterKind;
  areaYear: number;
  buurtCode: string;
  /** WGS84; both null when the buurt was chosen from the list. */
  lon: number | null;
  lat: number | null;
  /** Never published; only for the submitter's status mails. */
  email: string | null;
  /** The language of the form, for the mails. */
  locale: "nl" | "en";
}

export interface CreatedInitiative {
  reference: string;
  /** False when this form had already been stored (a double tap, a retry): the same reference comes back. */
  created: boolean;
}

/**
 * Stores a submission exactly once per form: the initiative, its first status, the contact
 * apart from it, and the receipt mail in the outbox, all in one transaction.
 *
 * The insert skips a row whose idempotency key exists (ON CONFLICT DO NOTHING), so a second
 * request with the same form never raises a unique violation: on PostgreSQL it waits for the
 * first one's transaction, inserts nothing and then reads the first one's reference. No
 * error-driven control flow, so no adapter-specific error codes (P2002 and friends) to match.
 */
export async function createInitiative(prisma: PrismaClient, input: NewInitiative, origin: URL): Promise<CreatedInitiative> {
  // Only a clash of the random reference (about 1 in 10^11 per stored initiative) goes round again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const created = await prisma.$transaction(
      async (tx) => {
        const [row] = await tx.initiative.createManyAndReturn({
          data: [
            {
              reference: createInitiativeReference(),
              idempotencyKey: input.idempotencyKey,
              title: input.title,
              description: input.description,
              category: input.category,
              submitterKind: input.submitterKind,
              areaYear: input.areaYear,
              buurtCode: input.buurtCode,
              lon: input.lon,
              lat: input.lat,
              status: "SUBMITTED",
            },
          ],
          skipDuplicates: true,
          select: { id: true, reference: true },
        });
        if (!row) return null;
        await tx.initiativeStatusChange.create({ data: { initiativeId: row.id, status: "SUBMITTED", publicReason: null } });
        if (input.email) {
          await tx.initiativeContact.create({
            data: { initiativeId: row.id, email: input.email, locale: input.locale, unsubscribeToken: randomBytes(32).toString("base64url") },
          });
        }
        await enqueueStatusMail(tx, { initiativeId: row.id, status: "SUBMITTED", publicReason: null }, origin);
        return row.reference;
      },
      // Simultaneous submissions queue for the embedded database's single connection.
      { maxWait: 10_000, timeout: 15_000 },
    );
    if (created) return { reference: created, created: true };
    const existing = await prisma.initiative.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { reference: true } });
    if (existing) return { reference: existing.reference, created: false };
  }
  throw new Error("createInitiative: no free reference after 5 draws");
}
