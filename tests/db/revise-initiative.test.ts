import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/open-database.ts";
import { getInitiativeStatus } from "@/lib/initiatives/get-initiative-status.ts";
import { reviseInitiative } from "@/lib/initiatives/revise-initiative.ts";
import { decideInitiative } from "@/lib/moderation/decide-initiative.ts";
import { listModerationQueue } from "@/lib/moderation/list-moderation-queue.ts";
import { insertInitiative } from "./support/initiatives.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const ORIGIN = new URL("https://buurtbeeld.example.nl");
const MO = { id: null, name: "Mo Derator" };

// The submitter answers a request for change through their reference: the corrected texts
// go back into the queue, and nothing else can be changed that way.
describe.each(TEST_TARGETS)("a submitter's revision on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
  });
  afterAll(() => dispose());

  async function askForChange(status: "SUBMITTED" | "PUBLISHED" = "SUBMITTED") {
    const initiative = await insertInitiative(db.prisma, { email: "indiener@example.nl", status });
    if (status === "SUBMITTED") {
      await decideInitiative(db.prisma, { initiativeId: initiative.id, expectedStatus: "SUBMITTED", decision: { kind: "requestChanges", publicReason: "Noem de straat." }, actor: MO, origin: ORIGIN });
    }
    return (await getInitiativeStatus(db.prisma, initiative.reference))!;
  }

  it("stores the corrected texts as a new submission: back in the queue, history, audit and a receipt", async () => {
    const asked = await askForChange();
    expect(asked.status).toBe("CHANGES_REQUESTED");
    const now = new Date(asked.version + 60_000);
    const result = await reviseInitiative(
      db.prisma,
      { reference: asked.reference, version: asked.version, title: asked.title, description: "Een bankje aan de Kastanjelaan, zodat ouders kunnen zitten.", category: "ontmoeting" },
      ORIGIN,
      now,
    );
    expect(result).toEqual({ ok: true });

    const after = (await getInitiativeStatus(db.prisma, asked.reference))!;
    expect(after).toMatchObject({ status: "SUBMITTED", publicReason: null, description: "Een bankje aan de Kastanjelaan, zodat ouders kunnen zitten.", category: "ontmoeting", publicId: null });
    expect(after.history.map((change) => [change.status, change.publicReason])).toEqual([
      ["CHANGES_REQUESTED", "Noem de straat."],
      ["SUBMITTED", null],
    ]);
    const initiative = await db.prisma.initiative.findUniqueOrThrow({ where: { reference: asked.reference }, select: { id: true } });
    const queued = (await listModerationQueue(db.prisma)).find((item) => item.id === initiative.id);
    expect(queued).toMatchObject({ status: "SUBMITTED", category: "ontmoeting", updatedAt: now });
    const audit = await db.prisma.auditEntry.findMany({ where: { initiativeId: initiative.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["requestChanges", "revise"]);
    // Only what changed is logged, with the submitter as a role, never an address.
    expect(audit[1]).toMatchObject({
      staffId: null,
      before: { status: "CHANGES_REQUESTED", publicReason: "Noem de straat.", description: "Een bankje zodat ouders kunnen zitten.", category: "spelen-sport" },
      after: { status: "SUBMITTED", publicReason: null, description: "Een bankje aan de Kastanjelaan, zodat ouders kunnen zitten.", category: "ontmoeting" },
    });
    expect(audit[1]!.before).not.toHaveProperty("title");
    expect(JSON.stringify(audit)).not.toContain("indiener@example.nl");

    const mails = await db.prisma.outboxMail.findMany({ where: { initiativeId: initiative.id }, orderBy: { id: "asc" } });
    expect(mails).toHaveLength(2);
    expect(mails[1]).toMatchObject({ to: "indiener@example.nl" });
    expect(mails[1]!.text).toContain("ontvangen");
  });

  it("refuses an answer to an older state, and once answered, a second answer", async () => {
    const asked = await askForChange();
    const revision = { reference: asked.reference, version: asked.version, title: "Nieuwe titel", description: "Een nieuwe beschrijving van het idee.", category: "groen" as const };
    expect(await reviseInitiative(db.prisma, { ...revision, version: asked.version - 1 }, ORIGIN)).toEqual({ ok: false, reason: "stale" });
    expect(await reviseInitiative(db.prisma, revision, ORIGIN)).toEqual({ ok: true });
    // The same form again (a double tap, a replay): the request is answered already.
    expect(await reviseInitiative(db.prisma, revision, ORIGIN)).toEqual({ ok: false, reason: "notAwaitingChanges" });
    expect((await getInitiativeStatus(db.prisma, asked.reference))!.history.filter((change) => change.status === "SUBMITTED")).toHaveLength(1);
  });

  it("never rewrites a public initiative by reference, nor anything under an unknown reference", async () => {
    const published = await askForChange("PUBLISHED");
    expect(published.status).toBe("PUBLISHED");
    const revision = { reference: published.reference, version: published.version, title: "Overgenomen", description: "Iemand anders probeert dit te wijzigen.", category: "groen" as const };
    expect(await reviseInitiative(db.prisma, revision, ORIGIN)).toEqual({ ok: false, reason: "notAwaitingChanges" });
    expect(await getInitiativeStatus(db.prisma, published.reference)).toMatchObject({ status: "PUBLISHED", title: published.title, description: published.description, version: published.version });
    expect(await reviseInitiative(db.prisma, { ...revision, reference: "ZZZZ9999" }, ORIGIN)).toEqual({ ok: false, reason: "notFound" });
  });
});
