import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/open-database.ts";
import { parseMailbox } from "@/lib/mail/mail-address.ts";
import { enqueueStatusMail } from "@/lib/mail/enqueue-status-mail.ts";
import { type Mailer, sendOutbox } from "@/lib/mail/send-outbox.ts";
import { SmtpError, SmtpSession } from "@/lib/mail/smtp-client.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../support/test-smtp-server.ts";
import { createTestInitiative } from "./support/initiatives.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const FROM = parseMailbox("Buurtbeeld Maashorst <noreply@buurtbeeld.test>")!;

describe.each(TEST_TARGETS)("sending the outbox on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let smtp: TestSmtpServer;
  const openMailer = () => SmtpSession.open({ host: "127.0.0.1", port: smtp.port, secure: false, auth: null, timeoutMs: 5_000 });

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
    smtp = await startTestSmtpServer();
  });
  afterEach(async () => {
    smtp.clear();
    smtp.configure({ refuseMessages: false, refuseRecipient: undefined });
    await db.prisma.outboxMail.deleteMany();
  });
  afterAll(async () => {
    await smtp.close();
    await dispose();
  });

  const queue = (count: number, prefix = "Mail") =>
    db.prisma.outboxMail.createManyAndReturn({
      data: Array.from({ length: count }, (_, index) => ({ to: `ontvanger-${index}@example.invalid`, subject: `${prefix} ${index}`, text: `Tekst ${index}` })),
      select: { id: true },
    });

  it("sends each mail exactly once when two drainers run at the same time, and marks it sent", async () => {
    const rows = await queue(12);
    // A little wait per mail, so the two drainers really take turns.
    const slowMailer = async (): Promise<Mailer> => {
      const session = await openMailer();
      return {
        send: async (mail) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          await session.send(mail);
        },
        close: () => session.close(),
      };
    };
    const [first, second] = await Promise.all([
      sendOutbox(db.prisma, { from: FROM, openMailer: slowMailer }),
      sendOutbox(db.prisma, { from: FROM, openMailer: slowMailer }),
    ]);
    const sentIds = [...first!.sent, ...second!.sent].sort((a, b) => a - b);
    expect(sentIds).toEqual(rows.map((row) => row.id));
    const received = await smtp.waitForMessages(12);
    expect(received).toHaveLength(12);
    expect(new Set(received.map((mail) => mail.subject)).size).toBe(12);
    const stored = await db.prisma.outboxMail.findMany();
    expect(stored.every((row) => row.sentAt !== null && row.attempts === 1 && row.lastError === null)).toBe(true);
    // Nothing is due any more.
    expect((await sendOutbox(db.prisma, { from: FROM, openMailer })).sent).toEqual([]);
  });

  it("delivers a status mail written in a transaction, with the one-click unsubscribe of its submitter", async () => {
    const initiative = await createTestInitiative(db.prisma, { title: "Bankje bij de vijver", contact: { email: "indiener@example.invalid", locale: "en" } });
    await db.prisma.$transaction((tx) => enqueueStatusMail(tx, { initiativeId: initiative.id, status: "PUBLISHED", publicReason: null }, new URL("https://portal.test")));
    const report = await sendOutbox(db.prisma, { from: FROM, openMailer });
    expect(report.sent).toHaveLength(1);
    const [mail] = await smtp.waitForMessages(1);
    const token = initiative.contact!.unsubscribeToken;
    expect(mail!.to).toEqual(["indiener@example.invalid"]);
    expect(mail!.subject).toBe("Your initiative “Bankje bij de vijver”");
    expect(mail!.headers["list-unsubscribe"]).toBe(`<https://portal.test/api/afmelden?token=${token}>`);
    expect(mail!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.text).toContain(`https://portal.test/en/initiatieven/afmelden?token=${token}`);
  });

  it("records a refusal, waits for the backoff, and gives up on a permanent refusal", async () => {
    const [row] = await queue(1);
    smtp.configure({ refuseMessages: true });
    const start = new Date("2026-12-05T10:00:00.000Z");
    const first = await sendOutbox(db.prisma, { from: FROM, openMailer, now: () => start });
    expect(first.retrying).toEqual([row!.id]);
    let stored = await db.prisma.outboxMail.findUniqueOrThrow({ where: { id: row!.id } });
    expect(stored).toMatchObject({ sentAt: null, attempts: 1 });
    expect(stored.nextAttemptAt?.toISOString()).toBe("2026-12-05T10:02:00.000Z");
    expect(stored.lastError).toContain("message: 451");

    // Within the backoff nothing is tried again.
    const soon = await sendOutbox(db.prisma, { from: FROM, openMailer, now: () => new Date(start.getTime() + 60_000) });
    expect(soon.retrying).toEqual([]);
    expect((await db.prisma.outboxMail.findUniqueOrThrow({ where: { id: row!.id } })).attempts).toBe(1);

    // After it, the relay refuses the recipient for good: given up at once, address not stored.
    smtp.configure({ refuseMessages: false, refuseRecipient: () => true });
    const later = await sendOutbox(db.prisma, { from: FROM, openMailer, now: () => new Date(start.getTime() + 121_000) });
    expect(later.gaveUp).toEqual([row!.id]);
    stored = await db.prisma.outboxMail.findUniqueOrThrow({ where: { id: row!.id } });
    expect(stored.attempts).toBe(8);
    expect(stored.lastError).toContain("rcpt: 550");
    expect(stored.lastError).not.toContain("example.invalid");
    expect(smtp.messages()).toHaveLength(0);
  });

  it("gives up after the last attempt", async () => {
    const [row] = await queue(1);
    smtp.configure({ refuseMessages: true });
    const policy = { maxAttempts: 3, baseDelaySeconds: 10 };
    let clock = Date.parse("2026-12-05T10:00:00.000Z");
    const reports = [];
    for (let i = 0; i < 4; i++) {
      reports.push(await sendOutbox(db.prisma, { from: FROM, openMailer, policy, now: () => new Date(clock) }));
      clock += 3_600_000;
    }
    expect(reports.map((report) => [report.retrying, report.gaveUp])).toEqual([
      [[row!.id], []],
      [[row!.id], []],
      [[], [row!.id]],
      [[], []],
    ]);
    expect((await db.prisma.outboxMail.findUniqueOrThrow({ where: { id: row!.id } })).attempts).toBe(3);
  });

  it("leaves a mail claimed by a drainer that died alone until its lease ends", async () => {
    const [row] = await queue(1);
    const claimedAt = new Date("2026-12-05T10:00:00.000Z");
    await db.prisma.outboxMail.update({ where: { id: row!.id }, data: { attempts: 1, nextAttemptAt: new Date(claimedAt.getTime() + 120_000) } });
    expect((await sendOutbox(db.prisma, { from: FROM, openMailer, now: () => new Date(claimedAt.getTime() + 30_000) })).sent).toEqual([]);
    expect((await sendOutbox(db.prisma, { from: FROM, openMailer, now: () => new Date(claimedAt.getTime() + 130_000) })).sent).toEqual([row!.id]);
  });

  it("stops at a relay it cannot reach, spending one attempt and leaving the rest", async () => {
    const rows = await queue(3);
    const report = await sendOutbox(db.prisma, {
      from: FROM,
      openMailer: async () => {
        throw new SmtpError("cannot connect: ECONNREFUSED", "connect", null);
      },
    });
    expect(report.stoppedBy).toContain("connect");
    expect(report.retrying).toEqual([rows[0]!.id]);
    const attempts = (await db.prisma.outboxMail.findMany({ orderBy: { id: "asc" } })).map((row) => row.attempts);
    expect(attempts).toEqual([1, 0, 0]);
  });

  it("does not send a mail whose submitter unsubscribed after it was written", async () => {
    const initiative = await createTestInitiative(db.prisma, { contact: { email: "weg@example.invalid" } });
    await db.prisma.$transaction((tx) => enqueueStatusMail(tx, { initiativeId: initiative.id, status: "PUBLISHED", publicReason: null }, new URL("https://portal.test")));
    await db.prisma.initiativeContact.update({ where: { initiativeId: initiative.id }, data: { unsubscribedAt: new Date() } });
    const report = await sendOutbox(db.prisma, { from: FROM, openMailer });
    expect(report.skipped).toHaveLength(1);
    expect(report.sent).toEqual([]);
    expect(smtp.messages()).toHaveLength(0);
    expect((await sendOutbox(db.prisma, { from: FROM, openMailer })).skipped).toEqual([]);
  });

  it("does not send a mail whose submitter's data was erased after it was written", async () => {
    const initiative = await createTestInitiative(db.prisma, { contact: { email: "gewist@example.invalid" } });
    await db.prisma.$transaction((tx) => enqueueStatusMail(tx, { initiativeId: initiative.id, status: "PUBLISHED", publicReason: null }, new URL("https://portal.test")));
    await db.prisma.initiativeContact.delete({ where: { initiativeId: initiative.id } });
    const report = await sendOutbox(db.prisma, { from: FROM, openMailer });
    expect(report.skipped).toHaveLength(1);
    expect(smtp.messages()).toHaveLength(0);
  });
});
