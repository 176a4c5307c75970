import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { StaffRole } from "../db/generated/client.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { requestContext } from "../request-context.ts";
import { routes, withQuery } from "../routes.ts";
import { getStaffSession } from "./get-staff-session.ts";
import { readStaffToken } from "./staff-cookie-store.ts";
import { isStaffReturnPath } from "./staff-paths.ts";
import { hasRole, type StaffIdentity } from "./staff-roles.ts";

/** The staff member of this request, or null; asked once per render (layout and page share it). */
export const currentStaff = cache(async (): Promise<StaffIdentity | null> => {
  const token = await readStaffToken();
  if (!token) return null;
  return (await getStaffSession(await getPrisma(), token))?.staff ?? null;
});

/**
 * The first line of every staff page. Without a session: to the login page, which brings
 * the visitor back here afterwards. With a role too low: to the staff home with a notice.
 */
export async function requireStaffPage(locale: string, role: StaffRole): Promise<StaffIdentity> {
  const staff = await currentStaff();
  if (!staff) {
    const { pathname, search } = await requestContext();
    const back = `${pathname}${search}`;
    redirect(withQuery(routes.staffLogin(locale), { terug: isStaffReturnPath(back, locale) ? back : undefined }));
  }
  if (!hasRole(staff.role, role)) redirect(withQuery(routes.staffHome(locale), { melding: "geen-toegang" }));
  return staff;
}

/** For Route Handlers: the staff member, or why not. */
export async function checkStaff(role: StaffRole): Promise<{ ok: true; staff: StaffIdentity } | { ok: false; refusal: "signedOut" | "forbidden" }> {
  const staff = await currentStaff();
  if (!staff) return { ok: false, refusal: "signedOut" };
  if (!hasRole(staff.role, role)) return { ok: false, refusal: "forbidden" };
  return { ok: true, staff };
}
