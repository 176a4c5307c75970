import type { z } from "zod";
import type { PrismaClient, StaffRole } from "../db/generated/client.ts";
import { refuse, type StaffActionState } from "./action-state.ts";
import { formDataValues, invalidForm } from "./form-data-values.ts";
import { hasRole, type StaffIdentity } from "./staff-roles.ts";

export type StaffTranslate = (key: string, values?: Record<string, string | number>) => string;

export interface StaffActionContext {
  staff: StaffIdentity;
  prisma: PrismaClient;
  /** Messages of the staff namespace in the request's language. */
  t: StaffTranslate;
  locale: "nl" | "en";
}

/** Where the guard gets what it checks with; the server wires the real ones, tests their own. */
export interface StaffActionDeps {
  currentStaff(): Promise<StaffIdentity | null>;
  prisma(): Promise<PrismaClient>;
  translator(): Promise<{ t: StaffTranslate; locale: "nl" | "en" }>;
}

export type StaffActionHandler<Input> = (input: Input, context: StaffActionContext) => Promise<StaffActionState>;
export type GuardedAction = (previous: StaffActionState, formData: FormData) => Promise<StaffActionState>;

/**
 * The one way to write a staff Server Action (after dub's): session → role → Zod → handler.
 * A Server Action is a public POST endpoint whatever page shows its form, so each step
 * refuses on its own and nothing reaches the handler unchecked: no session and the input is
 * not even parsed, a moderator never reaches an admin's handler, malformed input comes back
 * as translated field errors.
 */
export function createStaffAction(deps: StaffActionDeps) {
  return function staffAction<Schema extends z.ZodType>(
    options: { role: StaffRole; schema: Schema },
    handler: StaffActionHandler<z.output<Schema>>,
  ): GuardedAction {
    return async (_previous, formData) => {
      const { t, locale } = await deps.translator();
      const staff = await deps.currentStaff();
      if (!staff) return refuse("signedOut", t("guard.signedOut"));
      if (!hasRole(staff.role, options.role)) return refuse("forbidden", t("guard.forbidden"));

      const values = formDataValues(formData);
      const parsed = await options.schema.safeParseAsync(values);
      if (!parsed.success) return invalidForm(parsed.error, values, t);
      return handler(parsed.data, { staff, prisma: await deps.prisma(), t, locale });
    };
  };
}
