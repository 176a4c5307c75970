import type { ReactNode } from "react";
import type { CardColours } from "@/lib/share/card-colours.ts";
import { SHARE_CARD_SIZE } from "@/lib/share/card-size.ts";

// Share cards are drawn by satori, which knows only inline styles and flexbox: every
// element with more than one child says display: flex.

/** The band with the site's name (and the demo warning) over the card's content. */
export function CardFrame({ siteName, demo, colours, children }: { siteName: string; demo: string | null; colours: CardColours; children: ReactNode }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", width: SHARE_CARD_SIZE.width, height: SHARE_CARD_SIZE.height, background: "#ffffff", color: colours.text }}>
      <div
        style={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          height: 84,
          padding: "0 48px",
          background: colours.band,
          color: colours.bandText,
        }}
      >
        <span style={{ fontSize: 34 }}>{siteName}</span>
        {demo ? (
          // Demo figures must never pass for real ones, however small the preview.
          <span style={{ display: "flex", maxWidth: 640, padding: "8px 16px", background: "#ffffff", color: colours.accent, fontSize: 22, borderRadius: 6 }}>{demo}</span>
        ) : null}
      </div>
      <div style={{ display: "flex", flex: 1, padding: "36px 48px 32px" }}>{children}</div>
    </div>
  );
}
