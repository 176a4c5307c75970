import { getServerDatabase } from "../db/server-database.ts";
import { getStaffSession } from "./get-staff-session.ts";
import type { StaffIdentity } from "./staff-roles.ts";

/** The proxy's session lookup, on the server's one database connection. */
export async function lookupStaffSession(token: string): Promise<StaffIdentity | null> {
  const { prisma } = await getServerDatabase();
  return (await getStaffSession(prisma, token))?.staff ?? null;
}
