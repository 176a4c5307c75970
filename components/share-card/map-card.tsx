import type { CardColours } from "@/lib/share/card-colours.ts";
import type { MapCardText } from "@/lib/share/map-card-text.ts";
import { type CardLegendEntry, CardLegend } from "./card-legend.tsx";
import { CardFrame } from "./card-frame.tsx";

export const MAP_CARD_MAP_BOX = { width: 480, height: 470 } as const;

interface MapCardProps {
  text: MapCardText;
  colours: CardColours;
  /** The choropleth, an SVG image no larger than MAP_CARD_MAP_BOX. */
  map: { src: string; width: number; height: number };
  legend: CardLegendEntry[];
}

/** An indicator map's share card: the choropleth, what it shows, and its legend in words. */
export function MapCard({ text, colours, map, legend }: MapCardProps) {
  return (
    <CardFrame siteName={text.siteName} demo={text.demo} colours={colours}>
      <div style={{ display: "flex", width: MAP_CARD_MAP_BOX.width, height: MAP_CARD_MAP_BOX.height, marginRight: 36, alignItems: "center", justifyContent: "center" }}>
        <img src={map.src} width={map.width} height={map.height} alt="" />
      </div>
      <div style={{ display: "flex", flexDirection: "column", flex: 1 }}>
        <span style={{ display: "block", fontSize: 36, lineHeight: 1.15, lineClamp: 2 }}>{text.title}</span>
        <span style={{ fontSize: 24, color: colours.muted, marginTop: 8, marginBottom: 18 }}>{text.subtitle}</span>
        <CardLegend entries={legend} colours={colours} />
        <span style={{ marginTop: "auto", fontSize: 18, color: colours.muted }}>{text.protection}</span>
      </div>
    </CardFrame>
  );
}
