export interface MapShape {
  code: string;
  /** Accessible name of the link, e.g. "Centrum, wijk Uden". */
  label: string;
  d: string;
  href?: string;
  current?: boolean;
}

interface AreaMapProps {
  title: string;
  description: string;
  viewBox: string;
  shapes: MapShape[];
  /** Thicker outlines drawn over the shapes, e.g. the wijken on a map of buurten. */
  outlines?: { code: string; d: string }[];
  idPrefix: string;
  className?: string;
}

/**
 * A server-rendered SVG map in which every area is a link. It needs no JavaScript and
 * no map tiles, so it is the first picture even on a slow phone.
 */
export function AreaMap({ title, description, viewBox, shapes, outlines = [], idPrefix, className }: AreaMapProps) {
  const titleId = `${idPrefix}-title`;
  const descriptionId = `${idPrefix}-desc`;
  return (
    <figure className={["buurtbeeld-area-map", className].filter(Boolean).join(" ")}>
      <svg
        viewBox={viewBox}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="buurtbeeld-area-map__svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        {shapes.map((shape) =>
          shape.href ? (
            <a
              key={shape.code}
              href={shape.href}
              aria-label={shape.label}
              aria-current={shape.current ? "page" : undefined}
              className="buurtbeeld-area-map__link"
            >
              <path d={shape.d} className="buurtbeeld-area-map__area" fillRule="evenodd" />
            </a>
          ) : (
            <path
              key={shape.code}
              d={shape.d}
              fillRule="evenodd"
              className={`buurtbeeld-area-map__area${shape.current ? " buurtbeeld-area-map__area--current" : ""}`}
            />
          ),
        )}
        <g aria-hidden="true">
          {outlines.map((outline) => (
            <path key={outline.code} d={outline.d} className="buurtbeeld-area-map__outline" fillRule="evenodd" />
          ))}
        </g>
      </svg>
    </figure>
  );
}
