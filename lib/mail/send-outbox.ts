import type { PrismaClient } from "../db/generated/client.ts";
import { routes } from "../routes.ts";
import type { OutgoingMail } from "./format-mail-message.ts";
import type { MailAddress } from "./mail-address.ts";
import { SmtpError } from "./smtp-client.ts";

// Delivers the outbox. Several server instances may drain at once, so a mail is claimed
// before it is sent: one UPDATE takes the oldest due row (FOR UPDATE SKIP LOCKED, so two
// drainers never wait on or take the same row), counts the attempt and sets when it is due
// again. That time is the lease: it lies past the backoff, long after a send has finished
// or failed, so a drainer that dies mid-send leaves a row that is retried, never one that
// is lost.

export interface OutboxPolicy {
  /** After this many attempts a mail is given up (about four hours with the default backoff). */
  maxAttempts: number;
  /** The wait after the first attempt; it doubles with each further one. Longer than any send can take. */
  baseDelaySeconds: number;
  /** Mails per drain, so one drain never runs for long; the worker drains again when it was full. */
  limit: number;
}

export const DEFAULT_OUTBOX_POLICY: OutboxPolicy = { maxAttempts: 8, baseDelaySeconds: 120, limit: 50 };

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

export interface OutboxReport {
  sent: number[];
  /** Failed this time; tried again after the backoff. */
  retrying: number[];
  /** Failed for good: refused outright, or out of attempts. */
  gaveUp: number[];
  /** Not sent: the submitter unsubscribed, or their contact was erased, after the mail was written. */
  skipped: number[];
  /** Why the drain stopped early (no connection to the relay), without any address. */
  stoppedBy: string | null;
}

interface ClaimedRow {
  id: number;
  initiativeId: number | null;
  to: string;
  subject: string;
  text: string;
  attempts: number;
}

const CONNECTION_STAGES = new Set(["connect", "greeting", "hello", "starttls", "auth"]);

/** Relay replies may quote the recipient; what we store and report never does. */
export function redactAddresses(text: string): string {
  return text.replace(/<?[^\s<>@]+@[^\s<>@]+>?/g, "<address>");
}

async function claimNext(prisma: PrismaClient, now: Date, policy: OutboxPolicy): Promise<ClaimedRow | null> {
  // In SET, "attempts" is still the count before this one: the first retry waits the base delay.
  const rows = await prisma.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMail" SET
      "attempts" = "attempts" + 1,
      "nextAttemptAt" = CAST(${now} AS timestamp)
        + make_interval(secs => CAST(${policy.baseDelaySeconds} AS double precision) * power(CAST(2 AS double precision), LEAST("attempts", 20)))
    WHERE "id" = (
      SELECT "id" FROM "OutboxMail"
      WHERE "sentAt" IS NULL AND "attempts" < ${policy.maxAttempts}
        AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= CAST(${now} AS timestamp))
      ORDER BY "id"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "initiativeId", "to", "subject", "text", "attempts"`;
  const row = rows[0];
  return row ? { ...row, id: Number(row.id), attempts: Number(row.attempts), initiativeId: row.initiativeId === null ? null : Number(row.initiativeId) } : null;
}

/** The one-click URL for the mail's unsubscribe link: same origin as the link in its text. */
export function oneClickUnsubscribeUrl(text: string, token: string): string | undefined {
  for (const [candidate] of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    try {
      const url = new URL(candidate);
      if (url.searchParams.get("token") === token) return new URL(routes.oneClickUnsubscribe(token), url.origin).toString();
    } catch {
      // Not a URL after all; look further.
    }
  }
  return undefined;
}

/**
 * Sends what is due, one claimed mail at a time, through one connection opened only when
 * there is something to send. A connection that cannot be made or logged into stops the
 * drain: the other mails keep their attempts for when the relay is back.
 */
export async function sendOutbox(
  prisma: PrismaClient,
  options: { from: MailAddress; openMailer: () => Promise<Mailer>; policy?: Partial<OutboxPolicy>; now?: () => Date },
): Promise<OutboxReport> {
  const policy = { ...DEFAULT_OUTBOX_POLICY, ...options.policy };
  const now = options.now ?? (() => new Date());
  const report: OutboxReport = { sent: [], retrying: [], gaveUp: [], skipped: [], stoppedBy: null };
  let mailer: Mailer | null = null;
  const dropMailer = async () => {
    await mailer?.close().catch(() => undefined);
    mailer = null;
  };

  try {
    for (let count = 0; count < policy.limit; count++) {
      const row = await claimNext(prisma, now(), policy);
      if (!row) break;
      const contact =
        row.initiativeId === null
          ? null
          : await prisma.initiativeContact.findUnique({ where: { initiativeId: row.initiativeId }, select: { unsubscribeToken: true, unsubscribedAt: true } });
      // Unsubscribed since, or their data erased (the contact row, or the whole initiative, is gone).
      const withdrawn = contact?.unsubscribedAt ? "the submitter unsubscribed" : row.initiativeId !== null && !contact ? "the contact is gone" : null;
      if (withdrawn) {
        await prisma.outboxMail.update({ where: { id: row.id }, data: { attempts: policy.maxAttempts, lastError: `not sent: ${withdrawn}` } });
        report.skipped.push(row.id);
        continue;
      }
      const mail: OutgoingMail = {
        from: options.from,
        to: row.to,
        subject: row.subject,
        text: row.text,
        unsubscribeUrl: contact ? oneClickUnsubscribeUrl(row.text, contact.unsubscribeToken) : undefined,
      };
      try {
        mailer ??= await options.openMailer();
        await mailer.send(mail);
        await prisma.outboxMail.update({ where: { id: row.id }, data: { sentAt: now(), lastError: null } });
        report.sent.push(row.id);
      } catch (error) {
        const smtp = error instanceof SmtpError ? error : null;
        const message = redactAddresses(error instanceof Error ? error.message : String(error)).slice(0, 900);
        const final = smtp?.permanent === true || row.attempts >= policy.maxAttempts;
        await prisma.outboxMail.update({
          where: { id: row.id },
          data: { lastError: `${smtp ? `${smtp.stage}: ` : ""}${message}`, ...(final ? { attempts: policy.maxAttempts } : {}) },
        });
        (final ? report.gaveUp : report.retrying).push(row.id);
        // After a refusal the conversation is in an unknown state: the next mail starts afresh.
        await dropMailer();
        if (!smtp || smtp.code === null || CONNECTION_STAGES.has(smtp.stage)) {
          report.stoppedBy = `${smtp ? `${smtp.stage}: ` : ""}${message}`;
          break;
        }
      }
    }
  } finally {
    await dropMailer();
  }
  return report;
}
