import "server-only";
import type { ReactElement } from "react";
import { ImageResponse } from "next/og";
import { createVersionedCache, type VersionedCache } from "../cache/versioned-cache.ts";
import { matchesIfNoneMatch } from "./card-etag.ts";
import { SHARE_CARD_SIZE } from "./card-size.ts";

// Drawing a card costs tens of milliseconds and a platform asks for it every time someone
// shares a link, so each PNG is kept in memory for the current data version (bounded: 39
// buurten × 2 languages and a few hundred map choices fit; a crawler cannot grow it).
const pngCache = createVersionedCache<string, ArrayBuffer>(400);

/** Browsers and platforms may keep a card ten minutes; after that the ETag makes asking again cheap. */
export const CARD_CACHE_CONTROL = "public, max-age=600";

/**
 * The card as a PNG response, drawn once per data version and ETag; a request that already
 * has it (If-None-Match) gets 304 without drawing anything.
 */
export async function cardResponse(
  request: Request,
  card: {
    version: number | string;
    etag: string;
    draw: () => Promise<ReactElement>;
    /** Cards of another version word (initiatives) keep their own cache, so neither empties the other's. */
    cache?: VersionedCache<string, ArrayBuffer>;
  },
): Promise<Response> {
  const headers = { "cache-control": CARD_CACHE_CONTROL, etag: card.etag };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), card.etag)) return new Response(null, { status: 304, headers });
  const png = await (card.cache ?? pngCache).get(card.version, card.etag, async () => new ImageResponse(await card.draw(), SHARE_CARD_SIZE).arrayBuffer());
  return new Response(png, { headers: { ...headers, "content-type": "image/png", "content-length": String(png.byteLength) } });
}

/** A miss: plain text, never cached long, so a card that appears later is found. */
export function cardNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
