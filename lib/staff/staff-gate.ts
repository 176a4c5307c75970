import { routes, withQuery } from "../routes.ts";
import { staffCookieName } from "./staff-cookie.ts";
import { isStaffReturnPath, staffPathAccess } from "./staff-paths.ts";
import { hasRole, type StaffIdentity } from "./staff-roles.ts";

export interface GateRequest {
  method: string;
  pathname: string;
  search: string;
  https: boolean;
  cookie(name: string): string | undefined;
}

export interface GateResult {
  /** A staff URL: its response is never cached or indexed. */
  staffPath: boolean;
  /** Where to send the visitor instead of rendering the page. */
  redirect?: string;
}

/**
 * The proxy's look at a staff page before it renders: no session, to the login page; a
 * moderator on an admin page, to the queue. A plain HTTP redirect, whatever the page's
 * streaming does. Only page views: Server Actions are POSTs to any URL and check
 * themselves (staffAction), as every page does again (requireStaffPage).
 */
export async function staffGate(request: GateRequest, lookup: (token: string) => Promise<StaffIdentity | null>): Promise<GateResult> {
  const access = staffPathAccess(request.pathname);
  if (!access) return { staffPath: false };
  if ((request.method !== "GET" && request.method !== "HEAD") || access.role === null) return { staffPath: true };
  const token = request.cookie(staffCookieName(request.https));
  const staff = token ? await lookup(token) : null;
  if (!staff) {
    const back = `${request.pathname}${request.search}`;
    return { staffPath: true, redirect: withQuery(routes.staffLogin(access.locale), { terug: isStaffReturnPath(back, access.locale) ? back : undefined }) };
  }
  if (!hasRole(staff.role, access.role)) return { staffPath: true, redirect: withQuery(routes.staffHome(access.locale), { melding: "geen-toegang" }) };
  return { staffPath: true };
}

/** What every staff response says about itself. */
export const STAFF_RESPONSE_HEADERS = [
  ["Cache-Control", "no-store"],
  ["X-Robots-Tag", "noindex, nofollow"],
] as const;
