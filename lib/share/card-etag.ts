import { createHash } from "node:crypto";

// A card changes only when the published data, its language or its choice changes, or when
// its design does: bump the revision with any change to the cards' look, so browsers and
// platforms that kept the old picture ask again.
export const CARD_DESIGN_REVISION = 1;

/**
 * A strong validator for one card: data version, language, the card's own choice, and its
 * look (the municipality's name and colours, which a new configuration may change without
 * any new data).
 */
export function cardEtag(card: { version: number | string; locale: string; subject: string; look: string }): string {
  const parts = [CARD_DESIGN_REVISION, card.version, card.locale, card.subject, card.look];
  const digest = createHash("sha256").update(parts.join("\n")).digest("base64url");
  return `"card-${card.version}-${digest.slice(0, 22)}"`;
}

export { matchesIfNoneMatch } from "../http/if-none-match.ts";
