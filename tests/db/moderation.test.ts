import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/list-audit-entries.ts";
import type { Database } from "@/lib/db/open-database.ts";
import { listPublishedInitiatives } from "@/lib/initiatives/list-published-initiatives.ts";
import { decideInitiative, type Decision } from "@/lib/moderation/decide-initiative.ts";
import { editInitiative } from "@/lib/moderation/edit-initiative.ts";
import { getStaffInitiative } from "@/lib/moderation/get-staff-initiative.ts";
import { listModerationQueue, listOngoingInitiatives } from "@/lib/moderation/list-moderation-queue.ts";
import { insertInitiative } from "./support/initiatives.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const ORIGIN = new URL("https://buurtbeeld.example.nl");
const MO = { id: null, name: "Mo Derator" };

describe.each(TEST_TARGETS)("moderation on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
    await db.prisma.area.create({
      data: { year: 2022, code: "BU19910101", level: "BUURT", name: "Centrum", gemeenteCode: "GM1991", geometry: { type: "Polygon", coordinates: [] } },
    });
  });
  afterAll(() => dispose());

  async function trail(initiativeId: number) {
    const [initiative, changes, audit, mails] = await Promise.all([
      db.prisma.initiative.findUniqueOrThrow({ where: { id: initiativeId } }),
      db.prisma.initiativeStatusChange.findMany({ where: { initiativeId }, orderBy: { id: "asc" } }),
      db.prisma.auditEntry.findMany({ where: { initiativeId }, orderBy: { id: "asc" } }),
      db.prisma.outboxMail.findMany({ where: { initiativeId }, orderBy: { id: "asc" } }),
    ]);
    return { initiative, changes, audit, mails };
  }

  const decide = (initiativeId: number, expectedStatus: Parameters<typeof decideInitiative>[1]["expectedStatus"], decision: Decision, now?: Date) =>
    decideInitiative(db.prisma, { initiativeId, expectedStatus, decision, actor: MO, origin: ORIGIN }, now);

  it("approves: published with a date, one status change, one audit entry with before and after, one mail, and public in the API", async () => {
    const { id } = await insertInitiative(db.prisma, { email: "indiener@example.nl" });
    const now = new Date("2030-03-01T10:00:00Z");
    expect(await decide(id, "SUBMITTED", { kind: "publish" }, now)).toEqual({ ok: true, status: "PUBLISHED" });
    const { initiative, changes, audit, mails } = await trail(id);
    expect(initiative).toMatchObject({ status: "PUBLISHED", publishedAt: now, publicReason: null });
    expect(changes.map((change) => [change.status, change.changedAt.toISOString()])).toEqual([["PUBLISHED", now.toISOString()]]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "publish", staffName: "Mo Derator", before: { status: "SUBMITTED", publicReason: null, publishedAt: null }, after: { status: "PUBLISHED", publicReason: null, publishedAt: now.toISOString() } });
    expect(JSON.stringify(audit)).not.toContain("indiener@example.nl");
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "indiener@example.nl", sentAt: null });
    expect(mails[0]!.text).toContain("https://buurtbeeld.example.nl/nl/initiatieven/status?referentie=");
    expect((await listPublishedInitiatives(db.prisma, { id })).map((published) => published.status)).toEqual(["PUBLISHED"]);
  });

  it("rejects and asks for a change with a public reason, each recorded once", async () => {
    const rejected = await insertInitiative(db.prisma);
    expect(await decide(rejected.id, "SUBMITTED", { kind: "reject", publicReason: "Dit is geen initiatief voor de buurt." })).toEqual({ ok: true, status: "REJECTED" });
    const afterReject = await trail(rejected.id);
    expect(afterReject.initiative).toMatchObject({ status: "REJECTED", publicReason: "Dit is geen initiatief voor de buurt.", publishedAt: null });
    expect(afterReject.changes.map((change) => [change.status, change.publicReason])).toEqual([["REJECTED", "Dit is geen initiatief voor de buurt."]]);
    expect(afterReject.audit.map((entry) => entry.action)).toEqual(["reject"]);
    expect(afterReject.mails).toHaveLength(1);
    expect(afterReject.mails[0]!.text).toContain("Dit is geen initiatief voor de buurt.");

    const changes = await insertInitiative(db.prisma);
    expect(await decide(changes.id, "SUBMITTED", { kind: "requestChanges", publicReason: "Noem de straat." })).toEqual({ ok: true, status: "CHANGES_REQUESTED" });
    const asked = await trail(changes.id);
    expect(asked.audit).toHaveLength(1);
    expect(asked.audit[0]).toMatchObject({ action: "requestChanges", before: { status: "SUBMITTED" }, after: { status: "CHANGES_REQUESTED", publicReason: "Noem de straat." } });
    expect(asked.mails).toHaveLength(1);
    // The answer to a request for change is decided on again; publishing clears the old request.
    expect(await decide(changes.id, "CHANGES_REQUESTED", { kind: "publish" })).toEqual({ ok: true, status: "PUBLISHED" });
    expect((await trail(changes.id)).initiative.publicReason).toBeNull();
  });

  it("moves a published initiative on with an optional public note, and no further than the rules allow", async () => {
    const { id } = await insertInitiative(db.prisma, { status: "PUBLISHED" });
    expect(await decide(id, "PUBLISHED", { kind: "progress", to: "IN_PROGRESS", publicReason: null })).toEqual({ ok: true, status: "IN_PROGRESS" });
    expect(await decide(id, "IN_PROGRESS", { kind: "progress", to: "REALISED", publicReason: "Het bankje staat er." })).toEqual({ ok: true, status: "REALISED" });
    expect(await decide(id, "REALISED", { kind: "progress", to: "IN_PROGRESS", publicReason: null })).toEqual({ ok: false, reason: "notAllowed" });
    expect(await decide(id, "REALISED", { kind: "publish" })).toEqual({ ok: false, reason: "notAllowed" });
    const { changes, audit, mails } = await trail(id);
    expect(changes.map((change) => change.status)).toEqual(["IN_PROGRESS", "REALISED"]);
    expect(audit.map((entry) => [entry.action, (entry.after as { status: string }).status])).toEqual([
      ["progress", "IN_PROGRESS"],
      ["progress", "REALISED"],
    ]);
    expect(mails).toHaveLength(2);
  });

  it("refuses illegal transitions and writes nothing", async () => {
    const submitted = await insertInitiative(db.prisma);
    expect(await decide(submitted.id, "SUBMITTED", { kind: "progress", to: "REALISED", publicReason: null })).toEqual({ ok: false, reason: "notAllowed" });
    const rejected = await insertInitiative(db.prisma, { status: "REJECTED" });
    expect(await decide(rejected.id, "REJECTED", { kind: "publish" })).toEqual({ ok: false, reason: "notAllowed" });
    const closed = await insertInitiative(db.prisma, { status: "CLOSED" });
    expect(await decide(closed.id, "CLOSED", { kind: "reject", publicReason: "x" })).toEqual({ ok: false, reason: "notAllowed" });
    expect(await decide(999_999, "SUBMITTED", { kind: "publish" })).toEqual({ ok: false, reason: "notFound" });
    for (const id of [submitted.id, rejected.id, closed.id]) {
      const { changes, audit, mails } = await trail(id);
      expect([changes.length, audit.length, mails.length]).toEqual([0, 0, 0]);
    }
  });

  it("refuses a decision made on a stale form, and of two at once only one wins", async () => {
    const { id } = await insertInitiative(db.prisma);
    expect(await decide(id, "SUBMITTED", { kind: "requestChanges", publicReason: "Welke straat?" })).toMatchObject({ ok: true });
    // A second moderator still has the page as it was: SUBMITTED.
    expect(await decide(id, "SUBMITTED", { kind: "publish" })).toEqual({ ok: false, reason: "stale" });
    expect((await trail(id)).initiative.status).toBe("CHANGES_REQUESTED");

    const race = await insertInitiative(db.prisma);
    const results = await Promise.all([
      decide(race.id, "SUBMITTED", { kind: "publish" }),
      decide(race.id, "SUBMITTED", { kind: "reject", publicReason: "Dubbel ingediend." }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "stale" }]);
    const { changes, audit, mails } = await trail(race.id);
    expect([changes.length, audit.length, mails.length]).toEqual([1, 1, 1]);
  });

  it("writes no mail without a contact or after unsubscribing, but still the status change and the audit entry", async () => {
    const { id } = await insertInitiative(db.prisma, { email: null });
    expect(await decide(id, "SUBMITTED", { kind: "publish" })).toMatchObject({ ok: true });
    const { changes, audit, mails } = await trail(id);
    expect([changes.length, audit.length, mails.length]).toEqual([1, 1, 0]);
  });

  it("fixes a typo with the changed fields before and after in one audit entry, and refuses a stale edit", async () => {
    const { id, updatedAt } = await insertInitiative(db.prisma, { title: "Bankje bij de speeltuiin" });
    const changes = { title: "Bankje bij de speeltuin", description: "Een bankje zodat ouders kunnen zitten.", category: "groen" };
    const edited = await editInitiative(db.prisma, { initiativeId: id, expectedVersion: updatedAt, changes, actor: MO });
    expect(edited).toEqual({ ok: true, changed: ["title", "category"] });
    const { initiative, audit, changes: statusChanges } = await trail(id);
    expect(initiative).toMatchObject({ title: "Bankje bij de speeltuin", category: "groen", status: "SUBMITTED" });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "edit", before: { title: "Bankje bij de speeltuiin", category: "spelen-sport" }, after: { title: "Bankje bij de speeltuin", category: "groen" } });
    expect(statusChanges).toHaveLength(0);

    // The form was shown before that edit: refused, nothing written.
    expect(await editInitiative(db.prisma, { initiativeId: id, expectedVersion: updatedAt, changes: { ...changes, title: "Anders" }, actor: MO })).toEqual({ ok: false, reason: "stale" });
    // Saving without a change writes no audit entry.
    expect(await editInitiative(db.prisma, { initiativeId: id, expectedVersion: initiative.updatedAt, changes, actor: MO })).toEqual({ ok: true, changed: [] });
    expect((await trail(id)).audit).toHaveLength(1);
  });

  it("lists the queue oldest first with buurt names, and published initiatives apart", async () => {
    await db.prisma.initiative.deleteMany();
    const day = 86_400_000;
    const newest = await insertInitiative(db.prisma, { createdAt: new Date(Date.now() - 1 * day) });
    const oldest = await insertInitiative(db.prisma, { createdAt: new Date(Date.now() - 5 * day) });
    const answered = await insertInitiative(db.prisma, { status: "CHANGES_REQUESTED", createdAt: new Date(Date.now() - 3 * day), buurtCode: "BU19910199" });
    const published = await insertInitiative(db.prisma, { status: "PUBLISHED" });
    await insertInitiative(db.prisma, { status: "REJECTED" });
    await insertInitiative(db.prisma, { status: "CLOSED" });
    const queue = await listModerationQueue(db.prisma);
    expect(queue.map((item) => item.id)).toEqual([oldest.id, answered.id, newest.id]);
    expect(queue.map((item) => item.buurtName)).toEqual(["Centrum", null, "Centrum"]);
    expect((await listOngoingInitiatives(db.prisma)).map((item) => item.id)).toEqual([published.id]);
  });

  it("shows staff an initiative without the submitter's address", async () => {
    const { id } = await insertInitiative(db.prisma, { email: "geheim@example.nl" });
    const view = await getStaffInitiative(db.prisma, id);
    expect(view).toMatchObject({ id, buurtName: "Centrum", mail: "active", status: "SUBMITTED" });
    expect(JSON.stringify(view)).not.toContain("geheim@example.nl");
    expect(await getStaffInitiative(db.prisma, 987_654)).toBeNull();
  });

  it("pages through the audit log newest first", async () => {
    const page1 = await listAuditEntries(db.prisma, 1, 3);
    const page2 = await listAuditEntries(db.prisma, 2, 3);
    expect(page1.total).toBeGreaterThan(6);
    expect(page1.entries).toHaveLength(3);
    const times = [...page1.entries, ...page2.entries].map((entry) => entry.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set([...page1.entries, ...page2.entries].map((entry) => entry.id)).size).toBe(6);
    expect((await listAuditEntries(db.prisma, 10_000, 3)).page).toBe(page1.pageCount);
  });
});
