interface MapViewsNavProps {
  label: string;
  current: "indicator" | "stacking" | "overlap";
  links: { view: MapViewsNavProps["current"]; href: string; label: string }[];
}

/** The map pages among themselves: one indicator, stacking, overlap. */
export function MapViewsNav({ label, current, links }: MapViewsNavProps) {
  return (
    <nav aria-label={label} className="buurtbeeld-map-views">
      <ul className="buurtbeeld-map-views__list">
        {links.map((link) => (
          <li key={link.view}>
            <a href={link.href} className="utrecht-link" aria-current={link.view === current ? "page" : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
