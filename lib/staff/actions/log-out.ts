"use server";

import { redirect } from "next/navigation";
import { getPrisma } from "../../db/get-prisma.ts";
import { routes } from "../../routes.ts";
import { endStaffSession } from "../end-staff-session.ts";
import { staffTranslator } from "../staff-action-server.ts";
import { clearStaffCookie, readStaffToken } from "../staff-cookie-store.ts";

/** Ends this browser's session, whoever asks: it can only ever end the caller's own. */
export async function logOut(): Promise<void> {
  const { locale } = await staffTranslator();
  await endStaffSession(await getPrisma(), await readStaffToken());
  await clearStaffCookie();
  redirect(routes.staffLogin(locale));
}
