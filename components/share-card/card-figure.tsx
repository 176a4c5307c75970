import type { CardColours } from "@/lib/share/card-colours.ts";
import type { CardFigure as CardFigureText } from "@/lib/share/buurt-card-text.ts";

/** One key figure: its name, and its value in words ("afgeschermd" for a withheld one). */
export function CardFigure({ figure, colours }: { figure: CardFigureText; colours: CardColours }) {
  const published = figure.status === "PUBLISHED";
  return (
    <div style={{ display: "flex", flexDirection: "column", flexShrink: 0, marginBottom: 12 }}>
      <span style={{ display: "block", fontSize: 21, lineHeight: 1.2, color: colours.text, lineClamp: 2 }}>{figure.label}</span>
      <div style={{ display: "flex", alignItems: "center" }}>
        <span style={{ fontSize: 30, lineHeight: 1.2, color: published ? colours.band : colours.muted }}>{figure.value}</span>
        {figure.standsOut ? (
          <span style={{ marginLeft: 16, padding: "2px 12px", fontSize: 20, color: "#ffffff", background: colours.accent, borderRadius: 6 }}>{figure.standsOut}</span>
        ) : null}
      </div>
    </div>
  );
}
