import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../lib/db/generated/client.ts";
import { enqueueStatusMail } from "../../lib/mail/enqueue-status-mail.ts";
import { MAIL_TEST_INITIATIVES, MAIL_TEST_REASON } from "./mail-test-data.ts";

/**
 * Test-only: two submitted initiatives whose status then changes the way moderation
 * changes it (status, history and the mail in one transaction). The e2e server sends the
 * mails itself: at start for the embedded database, by its timer for PostgreSQL.
 */
export async function seedMailTest(prisma: PrismaClient, origin: URL): Promise<void> {
  for (const [index, seed] of MAIL_TEST_INITIATIVES.entries()) {
    const initiative = await prisma.initiative.create({
      data: {
        reference: `E2E-${randomBytes(6).toString("hex").toUpperCase()}`,
        idempotencyKey: `e2e-mail-${seed.key}`,
        title: seed.title,
        description: "Aangemaakt door de end-to-end-tests.",
        category: "verkeer-veiligheid",
        submitterKind: "RESIDENT",
        areaYear: 2022,
        buurtCode: "BU19910101",
        lon: null,
        lat: null,
        history: { create: { status: "SUBMITTED" } },
        contact: { create: { email: seed.email, locale: index === 0 ? "nl" : "en", unsubscribeToken: randomBytes(32).toString("base64url") } },
      },
    });
    await prisma.$transaction(async (tx) => {
      await tx.initiative.update({ where: { id: initiative.id }, data: { status: "CHANGES_REQUESTED", publicReason: MAIL_TEST_REASON } });
      await tx.initiativeStatusChange.create({ data: { initiativeId: initiative.id, status: "CHANGES_REQUESTED", publicReason: MAIL_TEST_REASON } });
      await enqueueStatusMail(tx, { initiativeId: initiative.id, status: "CHANGES_REQUESTED", publicReason: MAIL_TEST_REASON }, origin);
    });
  }
}
