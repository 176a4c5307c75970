import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/open-database.ts";
import { applyRetention } from "@/lib/privacy/apply-retention.ts";
import { deleteSubmitterData } from "@/lib/privacy/delete-submitter-data.ts";
import { emailHash } from "@/lib/privacy/email-hash.ts";
import { exportSubmitterData } from "@/lib/privacy/export-submitter-data.ts";
import { lookupSubmitter } from "@/lib/privacy/lookup-submitter.ts";
import { createStaffSession } from "@/lib/staff/create-staff-session.ts";
import { insertInitiative } from "./support/initiatives.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const DAY = 86_400_000;
const ADMIN = { id: null, name: "Anna Admin" };
const RETENTION = { id: null, name: "npm run initiatives:retention" };

describe.each(TEST_TARGETS)("submitters' data on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
  });
  afterAll(() => dispose());
  beforeEach(async () => {
    await db.prisma.initiative.deleteMany();
    await db.prisma.outboxMail.deleteMany();
    await db.prisma.auditEntry.deleteMany();
  });

  const mail = (initiativeId: number, to: string, createdAt = new Date(), sentAt: Date | null = null) =>
    db.prisma.outboxMail.create({ data: { initiativeId, to, subject: "Uw initiatief", text: "Tekst", createdAt, sentAt } });

  describe("retention", () => {
    it("deletes contacts (and their mails) only where the last status change, or the submission, is older than the period", async () => {
      const now = new Date("2031-06-01T12:00:00Z");
      const old = await insertInitiative(db.prisma, { email: "oud@example.nl", createdAt: new Date(now.getTime() - 400 * DAY) });
      const recentChange = await insertInitiative(db.prisma, { email: "actief@example.nl", createdAt: new Date(now.getTime() - 400 * DAY) });
      await db.prisma.initiativeStatusChange.create({ data: { initiativeId: recentChange.id, status: "PUBLISHED", changedAt: new Date(now.getTime() - 10 * DAY) } });
      const oldChange = await insertInitiative(db.prisma, { email: "klaar@example.nl", createdAt: new Date(now.getTime() - 800 * DAY) });
      await db.prisma.initiativeStatusChange.create({ data: { initiativeId: oldChange.id, status: "REJECTED", changedAt: new Date(now.getTime() - 366 * DAY) } });
      const fresh = await insertInitiative(db.prisma, { email: "nieuw@example.nl", createdAt: new Date(now.getTime() - 5 * DAY) });
      await mail(old.id, "oud@example.nl");
      await mail(fresh.id, "nieuw@example.nl");
      // A mail sent long ago to a contact that is kept still goes: it is older than the period.
      await mail(recentChange.id, "actief@example.nl", new Date(now.getTime() - 390 * DAY), new Date(now.getTime() - 390 * DAY));
      await mail(recentChange.id, "actief@example.nl", new Date(now.getTime() - 10 * DAY));

      const dry = await applyRetention(db.prisma, { retentionDays: 365, dryRun: true, actor: RETENTION }, now);
      expect(dry).toMatchObject({ contacts: 2, mails: 2 });
      expect(await db.prisma.initiativeContact.count()).toBe(4);
      expect(await db.prisma.auditEntry.count()).toBe(0);

      const result = await applyRetention(db.prisma, { retentionDays: 365, dryRun: false, actor: RETENTION }, now);
      expect(result).toMatchObject({ contacts: 2, mails: 2 });
      const left = await db.prisma.initiativeContact.findMany({ orderBy: { initiativeId: "asc" } });
      expect(left.map((contact) => contact.email).sort()).toEqual(["actief@example.nl", "nieuw@example.nl"]);
      expect((await db.prisma.outboxMail.findMany()).map((row) => row.to).sort()).toEqual(["actief@example.nl", "nieuw@example.nl"]);
      // The initiatives themselves stay.
      expect(await db.prisma.initiative.count()).toBe(4);
      const [entry] = await db.prisma.auditEntry.findMany();
      expect(entry).toMatchObject({ action: "retention", staffId: null, staffName: "npm run initiatives:retention", after: { contactsDeleted: 2, mailsDeleted: 2 } });
      expect(JSON.stringify(entry)).not.toContain("@example.nl");

      // A second run finds nothing more and logs nothing.
      expect(await applyRetention(db.prisma, { retentionDays: 365, dryRun: false, actor: RETENTION }, now)).toMatchObject({ contacts: 0, mails: 0 });
      expect(await db.prisma.auditEntry.count()).toBe(1);
    });

    it("follows the configured period", async () => {
      const now = new Date();
      await insertInitiative(db.prisma, { createdAt: new Date(now.getTime() - 100 * DAY) });
      expect((await applyRetention(db.prisma, { retentionDays: 365, dryRun: true, actor: RETENTION }, now)).contacts).toBe(0);
      expect((await applyRetention(db.prisma, { retentionDays: 90, dryRun: false, actor: RETENTION }, now)).contacts).toBe(1);
    });

    it("clears expired staff sessions and old rate-limit windows", async () => {
      const staff = await db.prisma.staffUser.create({ data: { email: `r${Date.now()}@example.nl`, name: "R", passwordHash: "x", role: "MODERATOR" } });
      const now = new Date();
      await createStaffSession(db.prisma, staff.id, new Date(now.getTime() - DAY));
      const live = await createStaffSession(db.prisma, staff.id, now);
      await db.prisma.rateLimitWindow.createMany({
        data: [
          { key: "login-client:old", windowStart: new Date(now.getTime() - 2 * DAY), count: 3 },
          { key: "login-client:new", windowStart: new Date(now.getTime() - 60_000), count: 1 },
        ],
      });
      const result = await applyRetention(db.prisma, { retentionDays: 365, dryRun: false, actor: RETENTION }, now);
      expect(result).toMatchObject({ sessions: 1, rateLimitWindows: 1 });
      expect(await db.prisma.staffSession.count({ where: { staffId: staff.id } })).toBe(1);
      expect(live.token).toBeTruthy();
      expect((await db.prisma.rateLimitWindow.findMany()).map((row) => row.key)).toEqual(["login-client:new"]);
    });
  });

  describe("export and deletion on request", () => {
    it("exports every initiative, contact row and mail of one address, whatever its case, and logs only a hash", async () => {
      const first = await insertInitiative(db.prisma, { email: "Jan@Example.nl", status: "PUBLISHED" });
      const second = await insertInitiative(db.prisma, { email: "jan@example.nl", status: "SUBMITTED", locale: "en" });
      const other = await insertInitiative(db.prisma, { email: "piet@example.nl" });
      await db.prisma.initiativeStatusChange.create({ data: { initiativeId: first.id, status: "PUBLISHED" } });
      await mail(first.id, "Jan@Example.nl");
      await mail(other.id, "piet@example.nl");

      const data = await exportSubmitterData(db.prisma, { email: " JAN@example.NL ", actor: ADMIN });
      expect(data.initiatives.map((initiative) => initiative.id)).toEqual([first.id, second.id]);
      expect(data.initiatives.map((initiative) => initiative.contact.email)).toEqual(["Jan@Example.nl", "jan@example.nl"]);
      expect(data.initiatives[0]!.history.map((change) => change.status)).toEqual(["PUBLISHED"]);
      expect(data.initiatives[1]!.contact.locale).toBe("en");
      expect(data.mails.map((row) => row.to)).toEqual(["Jan@Example.nl"]);
      expect(JSON.stringify(data)).not.toContain("piet@example.nl");
      // The unsubscribe token is a key, not information about the person.
      expect(JSON.stringify(data)).not.toContain("unsubscribeToken");

      const lookup = await lookupSubmitter(db.prisma, { email: "jan@example.nl", actor: ADMIN });
      expect(lookup.initiatives.map((initiative) => initiative.id)).toEqual([first.id, second.id]);
      expect(lookup.mails).toBe(1);

      const audit = await db.prisma.auditEntry.findMany({ orderBy: { id: "asc" } });
      expect(audit.map((entry) => entry.action)).toEqual(["exportSubmitter", "lookupSubmitter"]);
      expect(audit[0]!.after).toMatchObject({ emailHash: emailHash("jan@example.nl"), initiativeIds: [first.id, second.id] });
      expect(JSON.stringify(audit).toLowerCase()).not.toContain("jan@example.nl");
    });

    it("deletes the contact rows and mails of one address; published initiatives stay, unpublished ones go when asked", async () => {
      const published = await insertInitiative(db.prisma, { email: "kim@example.nl", status: "PUBLISHED" });
      const pending = await insertInitiative(db.prisma, { email: "KIM@example.nl", status: "SUBMITTED" });
      const other = await insertInitiative(db.prisma, { email: "lot@example.nl" });
      await mail(published.id, "kim@example.nl");
      await mail(pending.id, "KIM@example.nl", new Date(), new Date());
      await mail(other.id, "lot@example.nl");

      const kept = await deleteSubmitterData(db.prisma, { email: "kim@example.nl", includeUnpublished: false, actor: ADMIN });
      expect(kept).toEqual({ contacts: 2, mails: 2, initiatives: [] });
      expect(await db.prisma.initiative.count()).toBe(3);
      expect((await db.prisma.initiativeContact.findMany()).map((contact) => contact.email)).toEqual(["lot@example.nl"]);
      expect((await db.prisma.outboxMail.findMany()).map((row) => row.to)).toEqual(["lot@example.nl"]);

      const again = await insertInitiative(db.prisma, { email: "kim@example.nl", status: "CHANGES_REQUESTED" });
      const rejected = await insertInitiative(db.prisma, { email: "kim@example.nl", status: "REJECTED" });
      const alsoPublished = await insertInitiative(db.prisma, { email: "kim@example.nl", status: "REALISED" });
      const removed = await deleteSubmitterData(db.prisma, { email: "Kim@Example.nl", includeUnpublished: true, actor: ADMIN });
      expect(removed.contacts).toBe(3);
      expect(removed.initiatives.sort()).toEqual([again.id, rejected.id].sort());
      const ids = (await db.prisma.initiative.findMany({ select: { id: true } })).map((row) => row.id).sort();
      expect(ids).toEqual([published.id, pending.id, other.id, alsoPublished.id].sort());
      expect(await db.prisma.initiativeContact.count({ where: { initiativeId: alsoPublished.id } })).toBe(0);

      const audit = await db.prisma.auditEntry.findMany({ orderBy: { id: "asc" } });
      expect(audit.map((entry) => entry.action)).toEqual(["deleteSubmitter", "deleteSubmitter"]);
      expect(audit[1]).toMatchObject({ before: { emailHash: emailHash("kim@example.nl") }, after: { contactsDeleted: 3 } });
      expect(JSON.stringify(audit).toLowerCase()).not.toContain("kim@example.nl");
    });

    it("finds nothing for an unknown address and changes nothing", async () => {
      await insertInitiative(db.prisma, { email: "iemand@example.nl" });
      expect(await deleteSubmitterData(db.prisma, { email: "niemand@example.nl", includeUnpublished: true, actor: ADMIN })).toEqual({ contacts: 0, mails: 0, initiatives: [] });
      expect((await exportSubmitterData(db.prisma, { email: "niemand@example.nl", actor: ADMIN })).initiatives).toEqual([]);
      expect(await db.prisma.initiativeContact.count()).toBe(1);
    });
  });
});
