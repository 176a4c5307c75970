import type { CardColours } from "@/lib/share/card-colours.ts";

export interface CardLegendEntry {
  key: string;
  label: string;
  /** The swatch: the same fill as the map, as an SVG image. */
  swatch: string;
}

/** The classes in words beside their swatches; withheld and missing always listed. */
export function CardLegend({ entries, colours }: { entries: CardLegendEntry[]; colours: CardColours }) {
  return (
    <div style={{ display: "flex", flexDirection: "column" }}>
      {entries.map((entry) => (
        <div key={entry.key} style={{ display: "flex", alignItems: "center", marginBottom: 8 }}>
          <img src={entry.swatch} width={44} height={28} alt="" />
          <span style={{ marginLeft: 14, fontSize: 20, lineHeight: 1.25, color: colours.text }}>{entry.label}</span>
        </div>
      ))}
    </div>
  );
}
