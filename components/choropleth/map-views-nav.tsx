interface MapViewsNavProps {
  label: string;
  /** The view of the page showing the navigation, one of the links' views. */
  current: string;
  links: { view: string; href: string; label: string }[];
}

/** Sibling views among themselves: the map pages (indicator, stacking, overlap), the facility pages. */
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
