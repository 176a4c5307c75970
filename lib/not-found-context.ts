import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing.ts";

/** The language and, for a buurt URL, the printable code a not-found page should mention. */
export function notFoundContext(pathname: string): { locale: string; askedCode?: string } {
  const [, first] = pathname.split("/");
  const locale = hasLocale(routing.locales, first) ? first : routing.defaultLocale;
  const raw = pathname.match(/\/buurten\/([^/]{1,40})\/?$/)?.[1];
  let askedCode: string | undefined;
  try {
    askedCode = raw === undefined ? undefined : decodeURIComponent(raw);
  } catch {
    askedCode = undefined;
  }
  // Only printable text is echoed back, and React escapes it.
  if (askedCode && !/^[\p{L}\p{N}\p{P}\p{S} ]+$/u.test(askedCode)) askedCode = undefined;
  return { locale, askedCode };
}
