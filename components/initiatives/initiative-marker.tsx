/** One initiative on an SVG map: a dot sized in the map's units, not a link (the table beside the map has those). */
export function InitiativeMarker({ x, y, size }: { x: number; y: number; size: number }) {
  return <circle cx={x} cy={y} r={size / 2} className="buurtbeeld-initiative-marker" />;
}

/** The same dot in running text (legend), hidden from screen readers. */
export function InitiativeMarkerIcon() {
  return (
    <svg viewBox="0 0 20 20" className="buurtbeeld-initiative-marker-icon" aria-hidden="true" focusable="false">
      <circle cx={10} cy={10} r={7} className="buurtbeeld-initiative-marker" />
    </svg>
  );
}
