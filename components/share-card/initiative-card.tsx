import type { CardColours } from "@/lib/share/card-colours.ts";
import type { InitiativeCardText } from "@/lib/share/initiative-card-text.ts";
import { CardFrame } from "./card-frame.tsx";

export const INITIATIVE_CARD_MAP_BOX = { width: 400, height: 420 } as const;

/** Long titles get a smaller size, so they take three lines at most. */
const titleSize = (title: string) => (title.length > 70 ? 40 : title.length > 36 ? 48 : 60);

interface InitiativeCardProps {
  text: InitiativeCardText;
  colours: CardColours;
  /** The buurt among its neighbours with the initiative's dot, an SVG image no larger than INITIATIVE_CARD_MAP_BOX. */
  locator: { src: string; width: number; height: number } | null;
}

/** An initiative's share card: what it is, where, and how far it has come. */
export function InitiativeCard({ text, colours, locator }: InitiativeCardProps) {
  return (
    <CardFrame siteName={text.siteName} demo={text.demo} colours={colours}>
      <div style={{ display: "flex", flexDirection: "column", flex: 1, marginRight: locator ? 40 : 0 }}>
        <span style={{ display: "block", fontSize: 24, lineHeight: 1.25, color: colours.muted, lineClamp: 2 }}>{text.subtitle}</span>
        <span style={{ display: "block", fontSize: titleSize(text.title), lineHeight: 1.1, marginTop: 8, marginBottom: 24, lineClamp: 3 }}>{text.title}</span>
        <span style={{ display: "flex", alignSelf: "flex-start", fontSize: 30, padding: "6px 16px", borderRadius: 6, background: colours.band, color: colours.bandText }}>{text.status}</span>
        <span style={{ marginTop: "auto", fontSize: 26, color: colours.muted }}>{text.category}</span>
      </div>
      {locator ? (
        <div style={{ display: "flex", width: INITIATIVE_CARD_MAP_BOX.width, alignItems: "center", justifyContent: "center" }}>
          <img src={locator.src} width={locator.width} height={locator.height} alt="" />
        </div>
      ) : null}
    </CardFrame>
  );
}
