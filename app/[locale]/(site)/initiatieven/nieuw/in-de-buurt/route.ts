import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing.ts";
import { loadNearbyInitiatives } from "@/lib/initiatives/load-nearby-initiatives.ts";
import { type NearbyAnswer, parseNearbyQuery } from "@/lib/initiatives/nearby-query.ts";
import { routes } from "@/lib/routes.ts";

// Published initiatives near the place a submitter is choosing, for the form's script:
// ?buurt=BU… or ?lon=…&lat=…. Only the published read is used; titles and links, no more.

function answer(body: NearbyAnswer, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": status === 200 ? "public, max-age=60" : "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return answer({ kind: "unknown" }, 404);
  const place = parseNearbyQuery(new URL(request.url).searchParams);
  if (!place) return answer({ kind: "unknown" }, 400);
  try {
    const result = await loadNearbyInitiatives(place);
    if (result.kind === "outside") return answer({ kind: "outside" });
    if (result.kind === "unknown") return answer({ kind: "unknown" }, 404);
    return answer({
      kind: "found",
      buurt: result.buurt,
      initiatives: result.initiatives.map((initiative) => ({
        title: initiative.title,
        href: routes.initiative(locale, initiative.id),
        distanceMetres: initiative.distanceMetres,
      })),
    });
  } catch {
    // A help while filling in the form, not part of it: the form works on without it.
    return answer({ kind: "unavailable" }, 503);
  }
}
