import type { BuurtCardText } from "@/lib/share/buurt-card-text.ts";
import type { CardColours } from "@/lib/share/card-colours.ts";
import { CardFigure } from "./card-figure.tsx";
import { CardFrame } from "./card-frame.tsx";

export const BUURT_CARD_MAP_BOX = { width: 400, height: 260 } as const;

/** Long names get a smaller size, so that with the wijk above and the map below they take two lines at most. */
const titleSize = (title: string) => (title.length > 26 ? 44 : 60);

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
        <span style={{ display: "block", fontSize: 24, lineHeight: 1.25, color: colours.muted, lineClamp: 2 }}>{text.subtitle}</span>
        <span style={{ display: "block", fontSize: titleSize(text.title), lineHeight: 1.1, marginTop: 8, marginBottom: 20, lineClamp: 2 }}>{text.title}</span>
        <div style={{ display: "flex", flex: 1, alignItems: "flex-end", overflow: "hidden" }}>
          <img src={locator.src} width={locator.width} height={locator.height} alt="" />
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", flex: 1 }}>
        {text.figuresHeading ? <span style={{ flexShrink: 0, fontSize: 22, color: colours.muted, marginBottom: 14 }}>{text.figuresHeading}</span> : null}
        {text.figures.map((figure) => (
          <CardFigure key={figure.label} figure={figure} colours={colours} />
        ))}
        {text.empty ? <span style={{ fontSize: 28, color: colours.muted }}>{text.empty}</span> : null}
        {text.protection ? <span style={{ marginTop: "auto", fontSize: 18, color: colours.muted }}>{text.protection}</span> : null}
      </div>
    </CardFrame>
  );
}
