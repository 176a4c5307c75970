import { mapUnit } from "@/components/choropleth/choropleth-map.tsx";
import { InitiativeMarker } from "./initiative-marker.tsx";

interface InitiativeLocatorMapProps {
  idPrefix: string;
  title: string;
  description: string;
  /** The wijk's frame, as on the buurt page. */
  viewBox: string;
  buurt: string;
  neighbours: string[];
  /** The public point in the map's units; null when the initiative is for the whole buurt. */
  point: [number, number] | null;
}

/** Where an initiative is: its buurt among the wijk's other buurten, and its place as a dot. A picture, described in words. */
export function InitiativeLocatorMap({ idPrefix, title, description, viewBox, buurt, neighbours, point }: InitiativeLocatorMapProps) {
  const unit = mapUnit(viewBox);
  return (
    <figure className="buurtbeeld-area-map">
      <svg viewBox={viewBox} role="img" aria-labelledby={`${idPrefix}-title`} aria-describedby={`${idPrefix}-desc`} className="buurtbeeld-area-map__svg" preserveAspectRatio="xMidYMid meet">
        <title id={`${idPrefix}-title`}>{title}</title>
        <desc id={`${idPrefix}-desc`}>{description}</desc>
        {neighbours.map((d, index) => (
          <path key={index} d={d} className="buurtbeeld-area-map__area" fillRule="evenodd" />
        ))}
        <path d={buurt} className="buurtbeeld-area-map__area buurtbeeld-area-map__area--current" fillRule="evenodd" />
        {point ? <InitiativeMarker x={point[0]} y={point[1]} size={12 * unit} /> : null}
      </svg>
    </figure>
  );
}
