export interface VisieMapArea {
  id: string;
  theme: string;
  /** Title and theme as one sentence: the link's accessible name and the hover tip. */
  label: string;
  href: string;
  d: string;
}

interface VisieMapProps {
  title: string;
  description: string;
  viewBox: string;
  buurten: { code: string; d: string }[];
  outlines: { code: string; d: string }[];
  areas: VisieMapArea[];
}

/**
 * The ambitions' areas over the buurten, drawn on the server. Each area is a link to its
 * ambition (Tab moves between them); larger areas first, so a small one is never covered.
 */
export function VisieMap({ title, description, viewBox, buurten, outlines, areas }: VisieMapProps) {
  return (
    <figure className="buurtbeeld-visie-map">
      <svg viewBox={viewBox} role="group" aria-labelledby="visie-map-title" aria-describedby="visie-map-desc" className="buurtbeeld-visie-map__svg" preserveAspectRatio="xMidYMid meet">
        <title id="visie-map-title">{title}</title>
        <desc id="visie-map-desc">{description}</desc>
        <g aria-hidden="true">
          {buurten.map((buurt) => (
            <path key={buurt.code} d={buurt.d} className="buurtbeeld-visie-map__buurt" fillRule="evenodd" />
          ))}
          {outlines.map((outline) => (
            <path key={outline.code} d={outline.d} className="buurtbeeld-choropleth__outline" fillRule="evenodd" />
          ))}
        </g>
        {areas.map((area) => (
          <a key={area.id} href={area.href} aria-label={area.label} className="buurtbeeld-visie-map__link" data-ambition={area.id}>
            <title>{area.label}</title>
            <path
              d={area.d}
              fillRule="evenodd"
              className="buurtbeeld-visie-map__area"
              fill={`var(--buurtbeeld-visie-${area.theme})`}
              stroke={`var(--buurtbeeld-visie-${area.theme})`}
            />
          </a>
        ))}
      </svg>
    </figure>
  );
}

/** A theme's colour as a small swatch beside its name. */
export function ThemeSwatch({ theme }: { theme: string }) {
  return (
    <svg viewBox="0 0 24 16" className="buurtbeeld-visie-theme" aria-hidden="true" focusable="false">
      <rect x={1} y={1} width={22} height={14} fill={`var(--buurtbeeld-visie-${theme})`} stroke="#1a1a1a" strokeWidth={1} />
    </svg>
  );
}
