import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing.ts";
import { BuurtCodeParam } from "../areas/buurt-code-param.ts";
import { AmbitionIdParam } from "../omgevingsvisie/ambition-id.ts";
import { routes } from "../routes.ts";

// A path no route matches: Next.js answers it with app/not-found.tsx, rendered in full on
// the server. (A notFound() thrown while rendering a page is drawn only by client
// JavaScript, vercel/next.js#62228, so known misses are sent here before rendering.)
const UNMATCHED_SEGMENT = "_niet-gevonden";

// A buurt's page, its share card (…/deelbeeld) and its embed card (/insluiten/buurten/…)
// exist for exactly the same codes.
const BUURT_PATHS = [/^\/([a-z]{2})\/buurten\/([^/]*)(?:\/deelbeeld)?\/?$/, /^\/([a-z]{2})\/insluiten\/buurten\/([^/]*)\/?$/];
// An ambition of the Omgevingsvisie: ids are slugs, and a page exists only for a stored one.
const AMBITION_PATH = /^\/([a-z]{2})\/omgevingsvisie\/([^/]+)\/?$/;
// An initiative's page and its share card exist for published initiatives only; the
// other segments under /initiatieven are pages of their own (submit, status, unsubscribe).
const INITIATIVE_PATH = /^\/([a-z]{2})\/initiatieven\/([^/]+)(\/deelbeeld)?\/?$/;
const INITIATIVE_ID = /^[1-9][0-9]{0,8}$/;
const segmentOf = (path: string) => path.split("?")[0]!.split("/").pop()!;
const INITIATIVE_PAGES = new Set([routes.newInitiative("nl"), routes.initiativeStatus("nl"), routes.unsubscribed("nl")].map(segmentOf));
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function localeOf(pathname: string): string {
  const first = pathname.split("/")[1];
  return hasLocale(routing.locales, first) ? first : routing.defaultLocale;
}

function decodePath(pathname: string): string | undefined {
  try {
    return pathname.split("/").map(decodeURIComponent).join("/");
  } catch {
    return undefined;
  }
}

/**
 * Where to send a request that can only end in "not found", or undefined to let it
 * through. `known` is asked only about well-formed buurt codes, ambition ids and initiative ids.
 */
export async function notFoundPath(
  pathname: string,
  known: { buurt: (code: string) => Promise<boolean>; ambition: (id: string) => Promise<boolean>; initiative?: (id: number) => Promise<boolean> },
): Promise<string | undefined> {
  const notFound = `/${localeOf(pathname)}/${UNMATCHED_SEGMENT}`;
  const decoded = decodePath(pathname);
  if (decoded === undefined || CONTROL_CHARACTER.test(decoded)) return notFound;

  const ambition = decoded.match(AMBITION_PATH);
  if (ambition && hasLocale(routing.locales, ambition[1])) {
    const id = AmbitionIdParam.safeParse(ambition[2]);
    return id.success && (await known.ambition(id.data)) ? undefined : notFound;
  }
  const initiative = decoded.match(INITIATIVE_PATH);
  if (initiative && hasLocale(routing.locales, initiative[1]) && known.initiative) {
    if (!initiative[3] && INITIATIVE_PAGES.has(initiative[2]!)) return undefined;
    // Unpublished and unknown ids look the same from outside.
    return INITIATIVE_ID.test(initiative[2]!) && (await known.initiative(Number(initiative[2]))) ? undefined : notFound;
  }
  const buurt = BUURT_PATHS.map((path) => decoded.match(path)).find(Boolean);
  if (!buurt || !hasLocale(routing.locales, buurt[1])) return undefined;
  const code = BuurtCodeParam.safeParse(buurt[2]);
  if (!code.success) return notFound;
  // A lower-case code is let through: the page (or card) redirects it to the canonical URL.
  return (await known.buurt(code.data)) ? undefined : notFound;
}
