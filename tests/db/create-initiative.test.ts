import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit } from "@/lib/abuse/consume-rate-limit.ts";
import { peekRateLimit } from "@/lib/abuse/peek-rate-limit.ts";
import type { Database } from "@/lib/db/open-database.ts";
import { createInitiative, type NewInitiative } from "@/lib/initiatives/create-initiative.ts";
import { getInitiativeStatus } from "@/lib/initiatives/get-initiative-status.ts";
import { listNearbyInitiatives } from "@/lib/initiatives/list-nearby-initiatives.ts";
import { listPublishedInitiatives } from "@/lib/initiatives/list-published-initiatives.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const ORIGIN = new URL("https://buurtbeeld.example.nl");

function submission(overrides: Partial<NewInitiative> = {}): NewInitiative {
  return {
    idempotencyKey: randomUUID(),
    title: "Een bankje bij de speeltuin",
    description: "Ouders wachten nu staand; een bankje in de schaduw zou fijn zijn.",
    category: "spelen-sport",
    submitterKind: "RESIDENT",
    areaYear: 2022,
    buurtCode: "BU19910101",
    lon: 5.6171,
    lat: 51.6552,
    email: null,
    locale: "nl",
    ...overrides,
  };
}

describe.each(TEST_TARGETS)("creating initiatives on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
  });
  afterAll(() => dispose());

  it("stores one form exactly once under 20 simultaneous requests, all answered with the same reference", async () => {
    const form = submission();
    const results = await Promise.all(Array.from({ length: 20 }, () => createInitiative(db.prisma, form, ORIGIN)));
    const references = new Set(results.map((result) => result.reference));
    expect(references.size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect([...references][0]).toMatch(/^BB-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const stored = await db.prisma.initiative.findMany({ where: { idempotencyKey: form.idempotencyKey }, include: { history: true } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.history.map((change) => change.status)).toEqual(["SUBMITTED"]);
  });

  it("stores 20 simultaneous different forms, each with its own reference", async () => {
    const forms = Array.from({ length: 20 }, (_, index) => submission({ title: `Initiatief nummer ${index}` }));
    const results = await Promise.all(forms.map((form) => createInitiative(db.prisma, form, ORIGIN)));
    expect(results.every((result) => result.created)).toBe(true);
    expect(new Set(results.map((result) => result.reference)).size).toBe(20);
    const stored = await db.prisma.initiative.count({ where: { idempotencyKey: { in: forms.map((form) => form.idempotencyKey) } } });
    expect(stored).toBe(20);
  });

  it("keeps the e-mail apart, writes the receipt mail in the outbox, and never shows the address on the status", async () => {
    const form = submission({ email: "bewoner@example.nl", locale: "en" });
    const { reference } = await createInitiative(db.prisma, form, ORIGIN);
    const initiative = await db.prisma.initiative.findUniqueOrThrow({ where: { reference }, include: { contact: true } });
    expect(initiative.status).toBe("SUBMITTED");
    expect(initiative.contact?.email).toBe("bewoner@example.nl");
    expect(initiative.contact?.locale).toBe("en");
    expect(initiative.contact?.unsubscribeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const mails = await db.prisma.outboxMail.findMany({ where: { initiativeId: initiative.id } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe("bewoner@example.nl");
    expect(mails[0]!.text).toContain(reference);
    expect(mails[0]!.text).toContain(`https://buurtbeeld.example.nl/en/initiatieven/status?referentie=${reference}`);

    const status = await getInitiativeStatus(db.prisma, reference);
    expect(status?.status).toBe("SUBMITTED");
    expect(JSON.stringify(status)).not.toContain("bewoner@example.nl");

    // The same form again: no second contact, no second mail.
    expect(await createInitiative(db.prisma, form, ORIGIN)).toEqual({ reference, created: false });
    expect(await db.prisma.outboxMail.count({ where: { initiativeId: initiative.id } })).toBe(1);
    expect(await db.prisma.initiativeContact.count({ where: { email: "bewoner@example.nl" } })).toBe(1);
  });

  it("writes no contact and no mail without an e-mail address", async () => {
    const { reference } = await createInitiative(db.prisma, submission({ lon: null, lat: null }), ORIGIN);
    const initiative = await db.prisma.initiative.findUniqueOrThrow({ where: { reference }, include: { contact: true, history: true } });
    expect(initiative.contact).toBeNull();
    expect(initiative.lon).toBeNull();
    expect(initiative.history).toHaveLength(1);
    expect(await db.prisma.outboxMail.count({ where: { initiativeId: initiative.id } })).toBe(0);
  });

  it("stores markup as the words typed, and keeps new submissions out of the public read", async () => {
    const title = `<script>alert("hoi")</script> & "quotes"`;
    const { reference } = await createInitiative(db.prisma, submission({ title }), ORIGIN);
    expect((await getInitiativeStatus(db.prisma, reference))?.title).toBe(title);
    const published = await listPublishedInitiatives(db.prisma);
    expect(published.some((initiative) => initiative.title === title)).toBe(false);
  });

  it("shows only published initiatives nearby: the whole buurt, and others within 500 m of the point", async () => {
    const place = (title: string, buurtCode: string, lon: number | null, lat: number | null) =>
      createInitiative(db.prisma, submission({ title, buurtCode, lon, lat }), ORIGIN);
    const publish = async (reference: string) => {
      const { id } = await db.prisma.initiative.update({ where: { reference }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      await db.prisma.initiativeStatusChange.create({ data: { initiativeId: id, status: "PUBLISHED" } });
    };
    const inBuurt = await place("Zelfde buurt, ver weg", "BU19910150", 5.7, 51.7);
    const neighbour = await place("Buurbuurt, dichtbij", "BU19910151", 5.6105, 51.6505);
    const farNeighbour = await place("Buurbuurt, ver weg", "BU19910151", 5.65, 51.65);
    await place("Nog in moderatie", "BU19910150", 5.61, 51.65);
    for (const { reference } of [inBuurt, neighbour, farNeighbour]) await publish(reference);

    const byBuurt = await listNearbyInitiatives(db.prisma, { buurtCode: "BU19910150", point: null });
    expect(byBuurt.map((initiative) => initiative.title)).toEqual(["Zelfde buurt, ver weg"]);
    const byPoint = await listNearbyInitiatives(db.prisma, { buurtCode: "BU19910150", point: [5.61, 51.65], nearbyBuurtCodes: ["BU19910151"] });
    expect(byPoint.map((initiative) => [initiative.title, initiative.distanceMetres !== null && initiative.distanceMetres < 500])).toEqual([
      ["Buurbuurt, dichtbij", true],
      ["Zelfde buurt, ver weg", false],
    ]);
  });

  it("finds nothing for an unknown reference", async () => {
    expect(await getInitiativeStatus(db.prisma, "BB-2222-2222")).toBeNull();
  });

  it("counts rate-limited attempts exactly under simultaneous requests, and peeking counts nothing", async () => {
    const limit = { key: `submit:test-${testTarget.name}`, limit: 5, windowSeconds: 600 };
    const now = new Date("2026-12-05T10:01:00Z");
    expect(await peekRateLimit(db.prisma, limit, now)).toEqual({ allowed: true, remaining: 5 });
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(db.prisma, limit, now)));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    const peeked = await peekRateLimit(db.prisma, limit, now);
    expect(peeked).toEqual({ allowed: false, retryAfterSeconds: 540 });
    expect(await peekRateLimit(db.prisma, limit, now)).toEqual(peeked);
    const row = await db.prisma.rateLimitWindow.findFirstOrThrow({ where: { key: limit.key } });
    expect(row.count).toBe(20);
    // The next window starts afresh.
    expect((await peekRateLimit(db.prisma, limit, new Date("2026-12-05T10:10:00Z"))).allowed).toBe(true);
  });
});
