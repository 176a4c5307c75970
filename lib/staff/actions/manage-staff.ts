"use server";

import { redirect } from "next/navigation";
import { routes, withQuery } from "../../routes.ts";
import { refuse } from "../action-state.ts";
import { createStaffUser } from "../create-staff-user.ts";
import { CreateStaffForm, SetDisabledForm } from "../forms/staff-user-forms.ts";
import { setStaffDisabled } from "../set-staff-disabled.ts";
import { staffAction } from "../staff-action-server.ts";

/** Admins add moderators (or another admin); the password is given to them in person. */
export const createStaff = staffAction({ role: "ADMIN", schema: CreateStaffForm }, async (input, { staff, prisma, t, locale }) => {
  const result = await createStaffUser(prisma, { ...input, actor: { id: staff.id, name: staff.name } });
  if (!result.ok) return { ...refuse("exists", t("users.exists")), fieldErrors: { email: t("users.exists") }, values: { email: input.email, name: input.name, role: input.role } };
  redirect(withQuery(routes.staffUsers(locale), { melding: "aangemaakt" }));
});

/** Disabling ends the account's sessions at once; enabling lets it log in again. */
export const setDisabled = staffAction({ role: "ADMIN", schema: SetDisabledForm }, async (input, { staff, prisma, t, locale }) => {
  const result = await setStaffDisabled(prisma, { staffId: input.staffId, disabled: input.disabled, actor: { id: staff.id, name: staff.name } });
  if (!result.ok) return refuse(result.reason, t(`users.refused.${result.reason}`));
  redirect(withQuery(routes.staffUsers(locale), { melding: input.disabled ? "uitgeschakeld" : "ingeschakeld" }));
});
