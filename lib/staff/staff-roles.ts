import type { StaffRole } from "../db/generated/client.ts";

// Two roles: moderators decide on initiatives; admins also read the audit log, manage
// staff accounts and handle submitters' data requests. An admin can do all a moderator can.
const RANK: Record<StaffRole, number> = { MODERATOR: 1, ADMIN: 2 };

export function hasRole(actual: StaffRole, required: StaffRole): boolean {
  return RANK[actual] >= RANK[required];
}

export const STAFF_ROLES = ["MODERATOR", "ADMIN"] as const satisfies readonly StaffRole[];

/** Who acts, as every decision records it. */
export interface StaffIdentity {
  id: number;
  name: string;
  email: string;
  role: StaffRole;
}
