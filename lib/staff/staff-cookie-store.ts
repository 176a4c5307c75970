import "server-only";
import { cookies, headers } from "next/headers";
import { isHttpsRequest, staffCookieName, staffCookieOptions } from "./staff-cookie.ts";

async function cookieName(): Promise<{ name: string; https: boolean }> {
  const https = isHttpsRequest(await headers());
  return { name: staffCookieName(https), https };
}

/** The session token of this request, from the cookie that fits its protocol only. */
export async function readStaffToken(): Promise<string | undefined> {
  const { name } = await cookieName();
  return (await cookies()).get(name)?.value;
}

/** Only in a Server Action or Route Handler: pages cannot set cookies. */
export async function setStaffCookie(token: string, expires: Date): Promise<void> {
  const { name, https } = await cookieName();
  (await cookies()).set(name, token, staffCookieOptions(https, expires));
}

export async function clearStaffCookie(): Promise<void> {
  const { name, https } = await cookieName();
  (await cookies()).set(name, "", staffCookieOptions(https, new Date(0)));
}
