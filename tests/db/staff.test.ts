import { randomBytes, scrypt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/open-database.ts";
import { authenticateStaff } from "@/lib/staff/authenticate-staff.ts";
import { createStaffSession, STAFF_SESSION_HOURS } from "@/lib/staff/create-staff-session.ts";
import { createStaffUser } from "@/lib/staff/create-staff-user.ts";
import { endAllStaffSessions, endStaffSession, pruneStaffSessions } from "@/lib/staff/end-staff-session.ts";
import { getStaffSession } from "@/lib/staff/get-staff-session.ts";
import { listStaffUsers } from "@/lib/staff/list-staff-users.ts";
import { LOGIN_LIMITS } from "@/lib/staff/login-throttle.ts";
import { sessionTokenHash } from "@/lib/staff/session-token.ts";
import { setStaffDisabled } from "@/lib/staff/set-staff-disabled.ts";
import { openMigratedDatabase, TEST_TARGETS, type TestTarget } from "./support/test-databases.ts";

const CLI = { id: null, name: "npm run staff:create-admin" };
const PASSWORD = "een-lang-genoeg-wachtwoord";
const HOUR = 3_600_000;

describe.each(TEST_TARGETS)("staff accounts and sessions on the $name", (testTarget: TestTarget) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let adminId: number;
  let moderatorId: number;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(testTarget));
    const admin = await createStaffUser(db.prisma, { email: " Admin@Example.NL ", name: "Anna Admin", password: PASSWORD, role: "ADMIN", actor: CLI });
    const moderator = await createStaffUser(db.prisma, { email: "mo@example.nl", name: "Mo Derator", password: PASSWORD, role: "MODERATOR", actor: CLI });
    if (!admin.ok || !moderator.ok) throw new Error("seeding staff failed");
    adminId = admin.id;
    moderatorId = moderator.id;
  });
  afterAll(() => dispose());

  it("stores the e-mail in lower case, the password only as an scrypt hash, and refuses a second account for the same address", async () => {
    const user = await db.prisma.staffUser.findUniqueOrThrow({ where: { id: adminId } });
    expect(user.email).toBe("admin@example.nl");
    expect(user.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await createStaffUser(db.prisma, { email: "ADMIN@example.nl", name: "Again", password: PASSWORD, role: "MODERATOR", actor: CLI })).toEqual({ ok: false, reason: "exists" });
    const audit = await db.prisma.auditEntry.findMany({ where: { action: "createStaff" }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.staffName)).toEqual(["npm run staff:create-admin", "npm run staff:create-admin"]);
    expect(JSON.stringify(audit)).not.toContain("@example.nl");
  });

  it("creates, reads, expires and ends a session, keeping only the token's hash", async () => {
    const now = new Date("2030-05-01T09:00:00Z");
    const { token, expiresAt } = await createStaffSession(db.prisma, adminId, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(STAFF_SESSION_HOURS * HOUR);
    const row = await db.prisma.staffSession.findUniqueOrThrow({ where: { tokenHash: sessionTokenHash(token) } });
    expect(row.tokenHash).not.toContain(token);
    expect(await db.prisma.staffSession.count({ where: { tokenHash: token } })).toBe(0);

    expect(await getStaffSession(db.prisma, token, new Date(now.getTime() + HOUR))).toEqual({
      staff: { id: adminId, name: "Anna Admin", email: "admin@example.nl", role: "ADMIN" },
      expiresAt,
    });
    // Absolute expiry: using the session does not extend it.
    expect(await getStaffSession(db.prisma, token, new Date(expiresAt.getTime() - 1))).not.toBeNull();
    expect(await getStaffSession(db.prisma, token, expiresAt)).toBeNull();
    expect(await getStaffSession(db.prisma, "not-a-token", now)).toBeNull();
    expect(await getStaffSession(db.prisma, undefined, now)).toBeNull();

    await endStaffSession(db.prisma, token);
    expect(await getStaffSession(db.prisma, token, now)).toBeNull();
    expect(await db.prisma.staffSession.count({ where: { tokenHash: sessionTokenHash(token) } })).toBe(0);
  });

  it("prunes only expired sessions", async () => {
    const now = new Date();
    const old = await createStaffSession(db.prisma, moderatorId, new Date(now.getTime() - 9 * HOUR));
    const live = await createStaffSession(db.prisma, moderatorId, now);
    expect(await pruneStaffSessions(db.prisma, now)).toBeGreaterThanOrEqual(1);
    expect(await getStaffSession(db.prisma, old.token, new Date(now.getTime() - 8.5 * HOUR))).toBeNull();
    expect(await getStaffSession(db.prisma, live.token, now)).not.toBeNull();
    await endAllStaffSessions(db.prisma, moderatorId);
  });

  it("authenticates the right password only, with the same answer for an unknown address", async () => {
    const client = "client-auth";
    expect(await authenticateStaff(db.prisma, { email: "ADMIN@example.nl", password: PASSWORD, clientKey: client })).toEqual({
      ok: true,
      staff: { id: adminId, name: "Anna Admin", email: "admin@example.nl", role: "ADMIN" },
    });
    expect(await authenticateStaff(db.prisma, { email: "admin@example.nl", password: `${PASSWORD}!`, clientKey: client })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateStaff(db.prisma, { email: "nobody@example.nl", password: PASSWORD, clientKey: client })).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after too many attempts, even with the right password, across clients", async () => {
    const email = "mo@example.nl";
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAccount.limit; attempt++) {
      const result = await authenticateStaff(db.prisma, { email, password: "wrong-password-guess", clientKey: `client-${attempt}` });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await authenticateStaff(db.prisma, { email, password: PASSWORD, clientKey: "client-fresh" });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    expect(blocked.ok === false && blocked.reason === "throttled" && blocked.retryAfterSeconds).toBeGreaterThan(0);
    // The next window starts afresh.
    const later = new Date(Date.now() + LOGIN_LIMITS.perAccount.windowSeconds * 1000);
    expect(await authenticateStaff(db.prisma, { email, password: PASSWORD, clientKey: "client-fresh" }, later)).toMatchObject({ ok: true });
  });

  it("throttles one client across accounts, and a success does not reset the client's count", async () => {
    const client = "client-sprayer";
    await db.prisma.rateLimitWindow.create({
      data: { key: `login-client:${client}`, windowStart: new Date(Math.floor(Date.now() / 900_000) * 900_000), count: LOGIN_LIMITS.perClient.limit - 1 },
    });
    expect(await authenticateStaff(db.prisma, { email: "admin@example.nl", password: PASSWORD, clientKey: client })).toMatchObject({ ok: true });
    expect(await authenticateStaff(db.prisma, { email: "admin@example.nl", password: PASSWORD, clientKey: client })).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticateStaff(db.prisma, { email: "someone@example.nl", password: PASSWORD, clientKey: client })).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("renews a hash made with weaker parameters at the next login", async () => {
    const created = await createStaffUser(db.prisma, { email: "oud@example.nl", name: "Oud", password: PASSWORD, role: "MODERATOR", actor: CLI });
    if (!created.ok) throw new Error("seed");
    // A weak hash of the right password, as an older version would have stored it.
    const salt = randomBytes(16);
    const key = await new Promise<Buffer>((resolve, reject) => scrypt(PASSWORD, salt, 32, { N: 16384, r: 8, p: 1 }, (error, derived) => (error ? reject(error) : resolve(derived))));
    await db.prisma.staffUser.update({ where: { id: created.id }, data: { passwordHash: ["scrypt", 16384, 8, 1, salt.toString("base64"), key.toString("base64")].join("$") } });
    expect(await authenticateStaff(db.prisma, { email: "oud@example.nl", password: PASSWORD, clientKey: "client-rehash" })).toMatchObject({ ok: true });
    expect((await db.prisma.staffUser.findUniqueOrThrow({ where: { id: created.id } })).passwordHash).toMatch(/^scrypt\$32768\$/);
  });

  it("disables an account: its sessions end at once and it cannot log in; nobody disables themselves", async () => {
    const admin = { id: adminId, name: "Anna Admin" };
    const session = await createStaffSession(db.prisma, moderatorId);
    expect(await setStaffDisabled(db.prisma, { staffId: adminId, disabled: true, actor: admin })).toEqual({ ok: false, reason: "self" });
    expect(await setStaffDisabled(db.prisma, { staffId: 99999, disabled: true, actor: admin })).toEqual({ ok: false, reason: "notFound" });
    expect(await setStaffDisabled(db.prisma, { staffId: moderatorId, disabled: true, actor: admin })).toEqual({ ok: true, changed: true });
    expect(await getStaffSession(db.prisma, session.token)).toBeNull();
    expect(await db.prisma.staffSession.count({ where: { staffId: moderatorId } })).toBe(0);
    const later = new Date(Date.now() + 2 * LOGIN_LIMITS.perAccount.windowSeconds * 1000);
    expect(await authenticateStaff(db.prisma, { email: "mo@example.nl", password: PASSWORD, clientKey: "client-disabled" }, later)).toEqual({ ok: false, reason: "invalid" });
    // A session row created around the disabling still opens nothing.
    const stray = await createStaffSession(db.prisma, moderatorId);
    expect(await getStaffSession(db.prisma, stray.token)).toBeNull();

    expect(await setStaffDisabled(db.prisma, { staffId: moderatorId, disabled: false, actor: admin })).toEqual({ ok: true, changed: true });
    expect(await getStaffSession(db.prisma, stray.token)).not.toBeNull();
    const entries = await db.prisma.auditEntry.findMany({ where: { action: { in: ["disableStaff", "enableStaff"] } }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.staffId, (entry.after as { disabled: boolean }).disabled])).toEqual([
      ["disableStaff", adminId, true],
      ["enableStaff", adminId, false],
    ]);
    expect((await listStaffUsers(db.prisma)).map((user) => user.email)).toContain("mo@example.nl");
  });
});
