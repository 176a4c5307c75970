import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../lib/db/generated/client.ts";
import { createStaffUser } from "../../lib/staff/create-staff-user.ts";
import { E2E_BUURT, E2E_CHANGE_REQUESTED, E2E_STAFF, E2E_SUBMISSIONS } from "./staff.ts";

/**
 * Staff accounts and a few new submissions for staff.spec.ts. Written straight into the
 * database before the embedded server starts (it owns the PGlite directory once running),
 * or beside the running PostgreSQL server. Idempotent: a second run adds nothing.
 */
export async function seedStaffFixtures(prisma: PrismaClient): Promise<void> {
  for (const member of Object.values(E2E_STAFF)) {
    await createStaffUser(prisma, { ...member, actor: { id: null, name: "e2e seed" } });
  }
  const areaYear = (await prisma.area.findFirst({ where: { code: E2E_BUURT }, orderBy: { year: "desc" }, select: { year: true } }))?.year ?? 2022;
  let minutesAgo = 60;
  for (const submission of Object.values(E2E_SUBMISSIONS)) {
    if (await prisma.initiative.findFirst({ where: { title: submission.title }, select: { id: true } })) continue;
    const createdAt = new Date(Date.now() - minutesAgo-- * 60_000);
    await prisma.initiative.create({
      data: {
        reference: `E2E${randomBytes(6).toString("hex").toUpperCase()}`,
        idempotencyKey: randomBytes(16).toString("hex"),
        title: submission.title,
        description: "Ingediend door de e2e-tests; verschijnt pas na goedkeuring.",
        category: "ontmoeting",
        submitterKind: "RESIDENT",
        areaYear,
        buurtCode: E2E_BUURT,
        status: "SUBMITTED",
        createdAt,
        updatedAt: createdAt,
        contact: { create: { email: submission.email, locale: "nl", unsubscribeToken: randomBytes(24).toString("base64url"), createdAt } },
      },
    });
  }
  await seedChangeRequested(prisma, areaYear);
}

async function seedChangeRequested(prisma: PrismaClient, areaYear: number): Promise<void> {
  const seeded = E2E_CHANGE_REQUESTED;
  if (await prisma.initiative.findUnique({ where: { reference: seeded.reference }, select: { id: true } })) return;
  const submittedAt = new Date(Date.now() - 2 * 86_400_000);
  const askedAt = new Date(Date.now() - 86_400_000);
  await prisma.initiative.create({
    data: {
      reference: seeded.reference,
      idempotencyKey: randomBytes(16).toString("hex"),
      title: seeded.title,
      description: seeded.description,
      category: "ontmoeting",
      submitterKind: "RESIDENT",
      areaYear,
      buurtCode: E2E_BUURT,
      status: "CHANGES_REQUESTED",
      publicReason: seeded.reason,
      createdAt: submittedAt,
      updatedAt: askedAt,
      history: {
        create: [
          { status: "SUBMITTED", publicReason: null, changedAt: submittedAt },
          { status: "CHANGES_REQUESTED", publicReason: seeded.reason, changedAt: askedAt },
        ],
      },
      contact: { create: { email: seeded.email, locale: "nl", unsubscribeToken: randomBytes(24).toString("base64url"), createdAt: submittedAt } },
    },
  });
}
