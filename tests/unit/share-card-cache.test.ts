import { describe, expect, it } from "vitest";
import { cardEtag, matchesIfNoneMatch } from "@/lib/share/card-etag.ts";

describe("cardEtag", () => {
  const base = { version: 7, locale: "nl", subject: "buurt/BU19910101", look: "Maashorst #00594f" };

  it("is the same for the same data version, language and card", () => {
    expect(cardEtag(base)).toBe(cardEtag({ ...base }));
    expect(cardEtag(base)).toMatch(/^"[\w-]+"$/);
  });

  it("changes with the data version, the language, the card's choice and the municipality's look", () => {
    const etags = new Set([
      cardEtag(base),
      cardEtag({ ...base, version: 8 }),
      cardEtag({ ...base, locale: "en" }),
      cardEtag({ ...base, subject: "buurt/BU19910102" }),
      cardEtag({ ...base, subject: "map/wmo_totaal/2024" }),
      cardEtag({ ...base, look: "Maashorst #123456" }),
    ]);
    expect(etags.size).toBe(6);
  });
});

describe("matchesIfNoneMatch", () => {
  const etag = cardEtag({ version: 1, locale: "en", subject: "map/bijstand/2024", look: "" });

  it("matches the tag itself, in a list, in weak form and the wildcard", () => {
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch("*", etag)).toBe(true);
  });

  it("does not match another tag or no header", () => {
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
    expect(matchesIfNoneMatch("", etag)).toBe(false);
    expect(matchesIfNoneMatch(cardEtag({ version: 2, locale: "en", subject: "map/bijstand/2024", look: "" }), etag)).toBe(false);
  });
});
