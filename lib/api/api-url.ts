import { routes } from "../routes.ts";

/** An absolute API URL on the origin partners reached us at. */
export function apiUrl(base: URL, path: string, query: Record<string, string | number | undefined> = {}): { href: string } {
  const url = new URL(routes.api(path), base.origin);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
  return { href: url.toString() };
}
