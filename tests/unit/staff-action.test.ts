import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client.ts";
import type { StaffActionState } from "@/lib/staff/action-state.ts";
import { DecisionForm } from "@/lib/staff/forms/decision-form.ts";
import { DeleteSubmitterForm } from "@/lib/staff/forms/submitter-forms.ts";
import { CreateStaffForm } from "@/lib/staff/forms/staff-user-forms.ts";
import { createStaffAction, type StaffActionDeps } from "@/lib/staff/staff-action.ts";
import type { StaffIdentity } from "@/lib/staff/staff-roles.ts";
import { translatorFor } from "./support/translator.ts";

const MODERATOR: StaffIdentity = { id: 2, name: "Mo Derator", email: "mo@example.nl", role: "MODERATOR" };
const ADMIN: StaffIdentity = { id: 1, name: "Ad Min", email: "ad@example.nl", role: "ADMIN" };
const IDLE: StaffActionState = { status: "idle" };

/** A guard with a recorded trail: which step ran, in which order. */
function harness(staff: StaffIdentity | null, locale: "nl" | "en" = "nl") {
  const trail: string[] = [];
  const prisma = {} as PrismaClient;
  const t = translatorFor(locale);
  const deps: StaffActionDeps = {
    currentStaff: vi.fn(async () => {
      trail.push("session");
      return staff;
    }),
    prisma: vi.fn(async () => {
      trail.push("prisma");
      return prisma;
    }),
    translator: async () => ({ t: (key, values) => t(`staff.${key}`, values), locale }),
  };
  // The schema notes when Zod is asked, so a test can show it never was.
  const schema = z.preprocess(
    (input) => {
      trail.push("zod");
      return input;
    },
    z.object({ title: z.string().trim().min(1, "required").max(10, "tooLong"), password: z.string().optional() }),
  );
  const handler = vi.fn(async (input: { title: string }) => {
    trail.push("handler");
    return { status: "ok", message: `saved ${input.title}` } as const;
  });
  const staffAction = createStaffAction(deps);
  return { trail, deps, schema, handler, staffAction, prisma };
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

describe("staffAction: session → role → Zod → handler", () => {
  it("refuses without a session before Zod or the database is ever asked", async () => {
    const { trail, schema, handler, staffAction, deps } = harness(null);
    const action = staffAction({ role: "MODERATOR", schema }, handler);
    const state = await action(IDLE, form({ title: "x".repeat(500) }));
    expect(state).toMatchObject({ status: "error", code: "signedOut" });
    expect(state.status === "error" && state.message).toMatch(/niet \(meer\) ingelogd/);
    expect(trail).toEqual(["session"]);
    expect(handler).not.toHaveBeenCalled();
    expect(deps.prisma).not.toHaveBeenCalled();
  });

  it("refuses a moderator an admin's action, before Zod", async () => {
    const { trail, schema, handler, staffAction } = harness(MODERATOR, "en");
    const state = await staffAction({ role: "ADMIN", schema }, handler)(IDLE, form({ title: "ok" }));
    expect(state).toMatchObject({ status: "error", code: "forbidden", message: "Only an administrator may do this." });
    expect(trail).toEqual(["session"]);
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets an admin do what a moderator may", async () => {
    const { trail, schema, handler, staffAction } = harness(ADMIN);
    const state = await staffAction({ role: "MODERATOR", schema }, handler)(IDLE, form({ title: " Bankje " }));
    expect(state).toEqual({ status: "ok", message: "saved Bankje" });
    expect(trail).toEqual(["session", "zod", "prisma", "handler"]);
  });

  it("gives malformed input back as translated field errors, with what was typed but never a password", async () => {
    const { trail, schema, handler, staffAction } = harness(MODERATOR);
    const state = await staffAction({ role: "MODERATOR", schema }, handler)(IDLE, form({ title: "   ", password: "geheim-wachtwoord", $ACTION_ID_abc: "" }));
    expect(state).toMatchObject({ status: "error", code: "invalid", fieldErrors: { title: "Vul dit veld in." } });
    if (state.status !== "error") throw new Error("expected a refusal");
    expect(state.values).toEqual({ title: "   " });
    expect(trail).toEqual(["session", "zod"]);
    expect(handler).not.toHaveBeenCalled();

    const long = await staffAction({ role: "MODERATOR", schema }, handler)(IDLE, form({ title: "x".repeat(11) }));
    expect(long).toMatchObject({ fieldErrors: { title: "Gebruik hoogstens 10 tekens." } });
  });

  it("treats arguments that are not a form as an empty form", async () => {
    const { schema, handler, staffAction } = harness(ADMIN);
    const state = await staffAction({ role: "MODERATOR", schema }, handler)(IDLE, { title: "injected" } as unknown as FormData);
    expect(state).toMatchObject({ status: "error", code: "invalid" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("hands the handler the parsed input and who acts", async () => {
    const { schema, staffAction, prisma } = harness(MODERATOR, "en");
    const seen = vi.fn(async () => ({ status: "idle" }) as const);
    await staffAction({ role: "MODERATOR", schema }, seen)(IDLE, form({ title: " Bench " }));
    expect(seen).toHaveBeenCalledWith({ title: "Bench" }, expect.objectContaining({ staff: MODERATOR, prisma, locale: "en" }));
  });
});

describe("the staff forms' schemas", () => {
  it("require a public reason to reject or ask for a change, but not to publish", () => {
    expect(DecisionForm.safeParse({ decision: "publish", initiativeId: "7", expectedStatus: "SUBMITTED" }).success).toBe(true);
    expect(DecisionForm.safeParse({ decision: "reject", initiativeId: "7", expectedStatus: "SUBMITTED", reason: "  " }).success).toBe(false);
    expect(DecisionForm.safeParse({ decision: "requestChanges", initiativeId: "7", expectedStatus: "SUBMITTED" }).success).toBe(false);
    expect(DecisionForm.parse({ decision: "reject", initiativeId: "7", expectedStatus: "SUBMITTED", reason: " Past niet. " })).toMatchObject({ initiativeId: 7, reason: "Past niet." });
  });

  it("allow progress only to in progress, realised or closed, with an optional note", () => {
    const base = { decision: "progress", initiativeId: "3", expectedStatus: "PUBLISHED" };
    expect(DecisionForm.parse({ ...base, to: "REALISED", note: "" })).toMatchObject({ to: "REALISED", note: null });
    expect(DecisionForm.safeParse({ ...base, to: "PUBLISHED" }).success).toBe(false);
    expect(DecisionForm.safeParse({ ...base, to: "REALISED", expectedStatus: "NONSENSE" }).success).toBe(false);
    expect(DecisionForm.safeParse({ ...base, to: "REALISED", initiativeId: "-1" }).success).toBe(false);
  });

  it("need a password of at least 12 characters for a new staff member, and a known role", () => {
    const base = { email: " Mo@Example.NL ", name: "Mo", role: "MODERATOR" };
    expect(CreateStaffForm.safeParse({ ...base, password: "te-kort" }).success).toBe(false);
    expect(CreateStaffForm.parse({ ...base, password: "lang-genoeg-wachtwoord" })).toMatchObject({ email: "mo@example.nl" });
    expect(CreateStaffForm.safeParse({ ...base, password: "lang-genoeg-wachtwoord", role: "ROOT" }).success).toBe(false);
  });

  it("need the confirmation box ticked to delete a submitter's data", async () => {
    const { staffAction } = harness(ADMIN);
    const state = await staffAction({ role: "ADMIN", schema: DeleteSubmitterForm }, async () => ({ status: "idle" }))(IDLE, form({ email: "a@b.nl" }));
    expect(state).toMatchObject({ fieldErrors: { confirm: "Vink aan dat u dit echt wilt." } });
    expect(DeleteSubmitterForm.parse({ email: "a@b.nl", confirm: "on" })).toEqual({ email: "a@b.nl", confirm: "on", includeUnpublished: false });
  });
});
