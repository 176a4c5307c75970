import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAreas } from "@/lib/areas/import-areas.ts";
import type { InitiativeStatus } from "@/lib/db/generated/client.ts";
import type { Database } from "@/lib/db/open-database.ts";
import { DEMO_INITIATIVES } from "@/lib/demo/demo-initiatives.ts";
import { importDemoInitiatives } from "@/lib/demo/import-demo-initiatives.ts";
import { pointInPolygon } from "@/lib/geo/point-in-polygon.ts";
import { getInitiativesVersion } from "@/lib/initiatives/get-initiatives-version.ts";
import { getPublishedInitiative, listPublishedInitiatives } from "@/lib/initiatives/list-published-initiatives.ts";
import { readPublicInitiatives } from "@/lib/initiatives/read-public-initiatives.ts";
import { unsubscribeContact } from "@/lib/initiatives/unsubscribe-contact.ts";
import { enqueueStatusMail } from "@/lib/mail/enqueue-status-mail.ts";
import { loadBuurtInitiatives, loadPublicInitiative, loadPublicInitiatives } from "@/lib/pages/load-public-initiatives.ts";
import { createTestInitiative } from "./support/initiatives.ts";
import { demoSource, MAASHORST } from "./support/demo-files.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const PLACE = { gemeenteCode: "GM1991", areaYear: 2022 };
const UNPUBLISHED: InitiativeStatus[] = ["SUBMITTED", "CHANGES_REQUESTED", "REJECTED"];
/** What anyone may see of an initiative on a page; nothing else may be there. */
const PUBLIC_KEYS = ["id", "title", "description", "category", "submitterKind", "buurtCode", "point", "status", "publicReason", "submittedAt", "publishedAt", "history"];
const VIEW_KEYS = [...PUBLIC_KEYS, "buurtName", "wijkCode", "wijkName", "svgPoint", "isDemo"];

// The server's single database connection lives on globalThis (lib/db/server-database.ts);
// pointing it at the test database runs the page loaders as a page would.
const SERVER_DATABASE = Symbol.for("buurtbeeld.serverDatabase");

describe.each(TEST_TARGETS)("the public read of initiatives on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;
  const secrets: string[] = [];
  const unpublishedIds: number[] = [];
  const unpublishedTitles: string[] = [];

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
    await importAreas(db.prisma, [demoSource("buurten")], MAASHORST);
    await importDemoInitiatives(db.prisma, PLACE);
    // Every status once more, each with a contact whose address and token must stay hidden.
    for (const status of ["SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "PUBLISHED", "IN_PROGRESS", "REALISED", "CLOSED"] as InitiativeStatus[]) {
      const history: { status: InitiativeStatus; publicReason?: string; changedAt: Date }[] = [
        { status: "SUBMITTED", changedAt: new Date("2026-01-01T10:00:00Z"), publicReason: "interne opmerking vóór publicatie" },
      ];
      if (status !== "SUBMITTED" && !UNPUBLISHED.includes(status)) history.push({ status: "PUBLISHED", changedAt: new Date("2026-01-02T10:00:00Z") });
      if (status !== "SUBMITTED" && status !== "PUBLISHED") history.push({ status, changedAt: new Date("2026-01-03T10:00:00Z"), publicReason: `reden ${status}` });
      const created = await createTestInitiative(db.prisma, {
        title: `Test ${status}`,
        buurtCode: "BU19910102",
        history,
        publicReason: status === "SUBMITTED" || status === "PUBLISHED" ? null : `reden ${status}`,
        contact: { email: `geheim-${status.toLowerCase()}@example.invalid` },
      });
      secrets.push(created.contact!.email, created.contact!.unsubscribeToken, created.reference, created.idempotencyKey);
      if (UNPUBLISHED.includes(status)) {
        unpublishedIds.push(created.id);
        unpublishedTitles.push(created.title);
      }
    }
    const demoRows = await db.prisma.initiative.findMany({ where: { reference: { startsWith: "DEMO-" } }, include: { contact: true } });
    for (const row of demoRows) {
      secrets.push(row.reference, row.idempotencyKey, ...(row.contact ? [row.contact.email, row.contact.unsubscribeToken] : []));
      if (UNPUBLISHED.includes(row.status)) {
        unpublishedIds.push(row.id);
        unpublishedTitles.push(row.title);
      }
    }
  });
  afterAll(() => dispose());

  function expectNothingPrivate(value: unknown) {
    const json = JSON.stringify(value);
    expect(json).not.toContain("@");
    expect(json).not.toContain("interne opmerking");
    for (const secret of secrets) expect(json).not.toContain(secret);
    for (const title of unpublishedTitles) expect(json).not.toContain(title);
  }

  it("lists only public statuses, with only public fields, under every filter", async () => {
    const all = await listPublishedInitiatives(db.prisma);
    expect(all.map((initiative) => initiative.status).sort()).toEqual(
      ["CLOSED", "CLOSED", "IN_PROGRESS", "IN_PROGRESS", "PUBLISHED", "PUBLISHED", "PUBLISHED", "REALISED", "REALISED"].sort(),
    );
    for (const initiative of all) expect(Object.keys(initiative).sort()).toEqual([...PUBLIC_KEYS].sort());
    expectNothingPrivate(all);
    for (const filter of [{ buurtCode: "BU19910102" }, { category: "ondernemen" }, { category: "groen" }, { status: "PUBLISHED" as const }, { buurtCode: "BU19910101", category: "ondernemen" }]) {
      const chosen = await listPublishedInitiatives(db.prisma, filter);
      expectNothingPrivate(chosen);
      expect(chosen.every((initiative) => ["PUBLISHED", "IN_PROGRESS", "REALISED", "CLOSED"].includes(initiative.status))).toBe(true);
    }
    // The refused advert in the demo's first buurt is in category "ondernemen": the filter finds nothing.
    expect(await listPublishedInitiatives(db.prisma, { buurtCode: "BU19910101", category: "ondernemen" })).toEqual([]);
  });

  it("finds no unpublished initiative by id", async () => {
    for (const id of unpublishedIds) expect(await getPublishedInitiative(db.prisma, id)).toBeNull();
    expect(await getPublishedInitiative(db.prisma, 999_999)).toBeNull();
  });

  it("shows the history from publication on, with the public reasons", async () => {
    const realised = (await listPublishedInitiatives(db.prisma)).find((initiative) => initiative.title === "Test REALISED")!;
    expect(realised.history.map((change) => [change.status, change.publicReason])).toEqual([
      ["PUBLISHED", null],
      ["REALISED", "reden REALISED"],
    ]);
    expect(realised.publicReason).toBe("reden REALISED");
  });

  it("gives the pages names, map points and the demo mark, and nothing private", async () => {
    const views = await readPublicInitiatives(db.prisma, PLACE);
    expect(views).toHaveLength(9);
    for (const view of views) expect(Object.keys(view).sort()).toEqual([...VIEW_KEYS].sort());
    expectNothingPrivate(views);
    const moestuin = views.find((view) => view.title.startsWith("Moestuin"))!;
    expect(moestuin).toMatchObject({ buurtCode: "BU19910101", buurtName: "Centrum", wijkName: "Uden", isDemo: true });
    expect(moestuin.svgPoint).not.toBeNull();
    const buurtbus = views.find((view) => view.title.startsWith("Buurtbus"))!;
    expect(buurtbus.point).toBeNull();
    expect(buurtbus.svgPoint).toBeNull();
    expect(views.find((view) => view.title === "Test CLOSED")!.isDemo).toBe(false);
  });

  it("serves the page loaders from the same read: no unpublished initiative, no contact field", async () => {
    const store = globalThis as typeof globalThis & { [SERVER_DATABASE]?: Promise<Database> };
    const previous = store[SERVER_DATABASE];
    store[SERVER_DATABASE] = Promise.resolve(db);
    try {
      const all = await loadPublicInitiatives();
      expect(all).toHaveLength(9);
      expectNothingPrivate(all);
      for (const id of unpublishedIds) expect(await loadPublicInitiative(id)).toBeNull();
      const centrum = await loadBuurtInitiatives("BU19910101");
      expect(centrum.map((initiative) => initiative.title).sort()).toEqual(["Buurtbus naar de weekmarkt (demo)", "Moestuin achter het buurthuis (demo)"]);
      expectNothingPrivate(centrum);
    } finally {
      if (previous) store[SERVER_DATABASE] = previous;
      else delete store[SERVER_DATABASE];
    }
  });

  it("places the demo's points, coarsened as the public sees them, inside their buurten", async () => {
    const rows = await db.prisma.initiative.findMany({ where: { reference: { startsWith: "DEMO-" } } });
    expect(rows).toHaveLength(DEMO_INITIATIVES.length);
    const areas = new Map((await db.prisma.area.findMany({ where: { level: "BUURT" } })).map((area) => [area.code, area.geometry]));
    for (const row of rows.filter((row) => row.lon !== null)) {
      expect(pointInPolygon([row.lon!, row.lat!], areas.get(row.buurtCode) as never), row.title).toBe(true);
    }
    expect(rows.every((row) => row.title.endsWith("(demo)"))).toBe(true);
  });

  it("imports the demo set once, and never beside real initiatives", async () => {
    const version = await getInitiativesVersion(db.prisma);
    // The test initiatives above are real ones: the demo is left as it is.
    expect(await importDemoInitiatives(db.prisma, PLACE)).toMatchObject({ summary: null });
    expect(await getInitiativesVersion(db.prisma)).toBe(version);
  });

  it("unsubscribes by token, says nothing about unknown ones, and stops the mails", async () => {
    const initiative = await createTestInitiative(db.prisma, { status: "PUBLISHED", contact: { email: "afmelden@example.invalid" } });
    const token = initiative.contact!.unsubscribeToken;
    await unsubscribeContact(db.prisma, "onbekend-token-dat-niet-bestaat");
    await unsubscribeContact(db.prisma, "<script>");
    expect((await db.prisma.initiativeContact.findUniqueOrThrow({ where: { initiativeId: initiative.id } })).unsubscribedAt).toBeNull();
    const first = new Date("2026-12-05T10:00:00Z");
    await unsubscribeContact(db.prisma, token, first);
    await unsubscribeContact(db.prisma, token, new Date("2026-12-06T10:00:00Z"));
    expect((await db.prisma.initiativeContact.findUniqueOrThrow({ where: { initiativeId: initiative.id } })).unsubscribedAt).toEqual(first);
    const written = await db.prisma.$transaction((tx) => enqueueStatusMail(tx, { initiativeId: initiative.id, status: "IN_PROGRESS", publicReason: null }, new URL("https://portal.test")));
    expect(written).toBe(false);
    expect(await db.prisma.outboxMail.count({ where: { initiativeId: initiative.id } })).toBe(0);
  });
});

describe("the demo initiatives on an empty database", () => {
  it("are written once: the same set again changes nothing", async () => {
    const { db, dispose } = await openMigratedDatabase(TEST_TARGETS[0]!);
    try {
      await importAreas(db.prisma, [demoSource("buurten")], MAASHORST);
      const first = await importDemoInitiatives(db.prisma, PLACE);
      expect(first.summary).toEqual({ initiatives: DEMO_INITIATIVES.length, published: 5 });
      const version = await getInitiativesVersion(db.prisma);
      expect((await importDemoInitiatives(db.prisma, PLACE)).summary).toBeNull();
      expect(await getInitiativesVersion(db.prisma)).toBe(version);
      const contacts = await db.prisma.initiativeContact.findMany({ select: { email: true } });
      expect(contacts.every((contact) => contact.email.endsWith("@example.invalid"))).toBe(true);
    } finally {
      await dispose();
    }
  });
});
