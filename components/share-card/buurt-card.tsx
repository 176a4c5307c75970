import type { BuurtCardText } from "@/lib/share/buurt-card-text.ts";
import type { CardColours } from "@/lib/share/card-colours.ts";
import { CardFigure } from "./card-figure.tsx";
import { CardFrame } from "./card-frame.tsx";

export const BUURT_CARD_MAP_BOX = { width: 400, height: 300 } as const;

interface BuurtCardProps {
  text: BuurtCardText;
  colours: CardColours;
  /** The buurt among its neighbours, an SVG image no larger than BUURT_CARD_MAP_BOX. */
  locator: { src: string; width: number; height: number };
}

/** A buurt's share card: name, wijk, where it lies, and its key figures. */
export function BuurtCard({ text, colours, locator }: BuurtCardProps) {
  return (
    <CardFrame siteName={text.siteName} demo={text.demo} colours={colours}>
      <div style={{ display: "flex", flexDirection: "column", width: BUURT_CARD_MAP_BOX.width, marginRight: 48 }}>
        <span style={{ fontSize: 24, lineHeight: 1.25, color: colours.muted }}>{text.subtitle}</span>
        <span style={{ fontSize: 60, lineHeight: 1.1, marginTop: 8, marginBottom: 20, lineClamp: 2 }}>{text.title}</span>
        <div style={{ display: "flex", flex: 1, alignItems: "flex-end" }}>
          <img src={locator.src} width={locator.width} height={locator.height} alt="" />
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", flex: 1 }}>
        {text.figuresHeading ? <span style={{ fontSize: 22, color: colours.muted, marginBottom: 14 }}>{text.figuresHeading}</span> : null}
        {text.figures.map((figure) => (
          <CardFigure key={figure.label} figure={figure} colours={colours} />
        ))}
        {text.empty ? <span style={{ fontSize: 28, color: colours.muted }}>{text.empty}</span> : null}
        {text.protection ? <span style={{ marginTop: "auto", fontSize: 18, color: colours.muted }}>{text.protection}</span> : null}
      </div>
    </CardFrame>
  );
}
