/** One facility on an SVG map: a filled disc with the type's glyph, sized in the map's units. */
export function FacilityMarker({ x, y, size, icon }: { x: number; y: number; size: number; icon: string }) {
  const scale = size / 24;
  return (
    <g transform={`translate(${x - size / 2} ${y - size / 2}) scale(${scale})`} className="buurtbeeld-facility-marker">
      <circle cx={12} cy={12} r={12} className="buurtbeeld-facility-marker__disc" />
      <path d={icon} transform="translate(4 4) scale(0.6667)" className="buurtbeeld-facility-marker__glyph" />
    </g>
  );
}

/** The same glyph in running text (legend, tables): 1.25em, hidden from screen readers. */
export function FacilityIcon({ icon }: { icon: string }) {
  return (
    <svg viewBox="0 0 24 24" className="buurtbeeld-facility-icon" aria-hidden="true" focusable="false">
      <circle cx={12} cy={12} r={12} className="buurtbeeld-facility-marker__disc" />
      <path d={icon} transform="translate(4 4) scale(0.6667)" className="buurtbeeld-facility-marker__glyph" />
    </svg>
  );
}
