"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientKey } from "../../abuse/client-key.ts";
import { getPrisma } from "../../db/get-prisma.ts";
import { routes } from "../../routes.ts";
import { refuse, type StaffActionState } from "../action-state.ts";
import { authenticateStaff } from "../authenticate-staff.ts";
import { createStaffSession } from "../create-staff-session.ts";
import { endStaffSession } from "../end-staff-session.ts";
import { formDataValues, invalidForm } from "../form-data-values.ts";
import { MAX_PASSWORD_LENGTH } from "../hash-password.ts";
import { staffTranslator } from "../staff-action-server.ts";
import { readStaffToken, setStaffCookie } from "../staff-cookie-store.ts";
import { EmailField } from "../staff-email.ts";
import { isStaffReturnPath } from "../staff-paths.ts";

const LoginForm = z.object({
  email: EmailField,
  password: z.string("required").min(1, "required").max(MAX_PASSWORD_LENGTH, "tooLong"),
  terug: z.string().optional(),
});

/**
 * The one staff action open to anyone, so it has its own chain: Zod → throttle (per
 * account and per client, before the password is looked at) → password → a new session.
 * An unknown address and a wrong password get the same answer in the same time.
 */
export async function logIn(_previous: StaffActionState, formData: FormData): Promise<StaffActionState> {
  const { t, locale } = await staffTranslator();
  const values = formDataValues(formData);
  const parsed = LoginForm.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values, t);
  const { email, password, terug } = parsed.data;

  const prisma = await getPrisma();
  const result = await authenticateStaff(prisma, { email, password, clientKey: clientKey(await headers()) });
  if (!result.ok) {
    const refusal =
      result.reason === "throttled"
        ? refuse("throttled", t("login.throttled", { minutes: Math.ceil(result.retryAfterSeconds / 60) }))
        : refuse("invalidLogin", t("login.invalid"));
    return { ...refusal, values: { email, ...(terug ? { terug } : {}) } };
  }
  // A session that was in this browser before (someone else's, or planted) ends here.
  await endStaffSession(prisma, await readStaffToken());
  const session = await createStaffSession(prisma, result.staff.id);
  await setStaffCookie(session.token, session.expiresAt);
  redirect(isStaffReturnPath(terug, locale) ? terug : routes.staffHome(locale));
}
