export interface BuurtLink {
  code: string;
  name: string;
  href: string;
}

interface BuurtenByWijkProps {
  wijken: { code: string; heading: string; count: string; buurten: BuurtLink[] }[];
}

/** The text route to every buurt: the same links as the map, grouped by wijk. */
export function BuurtenByWijk({ wijken }: BuurtenByWijkProps) {
  return (
    <div className="buurtbeeld-buurten-by-wijk">
      {wijken.map((wijk) => (
        <section key={wijk.code} aria-labelledby={`wijk-${wijk.code}`} className="buurtbeeld-buurten-by-wijk__wijk">
          <h3 id={`wijk-${wijk.code}`} className="utrecht-heading-3">
            {wijk.heading} <span className="buurtbeeld-buurten-by-wijk__count">({wijk.count})</span>
          </h3>
          <ul className="utrecht-unordered-list">
            {wijk.buurten.map((buurt) => (
              <li key={buurt.code} className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={buurt.href}>
                  {buurt.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
