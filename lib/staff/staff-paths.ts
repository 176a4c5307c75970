import type { StaffRole } from "../db/generated/client.ts";

// Which staff URL needs which role, in one place: the proxy sends visitors away before a
// staff page renders, and each page checks again with the same answer.
const STAFF_PATH = /^\/(nl|en)\/beheer(?:\/(.*))?$/;
const ADMIN_SECTIONS = new Set(["logboek", "medewerkers", "gegevens"]);

export interface StaffPathAccess {
  locale: "nl" | "en";
  /** null: the login page, open to anyone. */
  role: StaffRole | null;
}

/** The role a path under /{locale}/beheer needs, or undefined for every other path. */
export function staffPathAccess(pathname: string): StaffPathAccess | undefined {
  const match = STAFF_PATH.exec(pathname);
  if (!match) return undefined;
  const locale = match[1] as "nl" | "en";
  const section = (match[2] ?? "").split("/")[0] ?? "";
  if (section === "inloggen") return { locale, role: null };
  return { locale, role: ADMIN_SECTIONS.has(section) ? "ADMIN" : "MODERATOR" };
}

/** Where a login may send someone back to: a staff page of this site, never elsewhere. */
export function isStaffReturnPath(path: string | undefined, locale: string): path is string {
  if (!path || path.length > 500 || /[\\\s]|\/\/|\.\./.test(path)) return false;
  const [pathname = ""] = path.split("?");
  const access = staffPathAccess(pathname);
  return access !== undefined && access.locale === locale && access.role !== null;
}
