export interface NearbyItem {
  title: string;
  href: string;
  /** e.g. "300 meter verderop"; absent when there is no point to measure from. */
  distance?: string;
}

interface NearbyInitiativesProps {
  /** What the list is about, e.g. "In Centrum". */
  caption: string;
  intro: string;
  /** Said when there are none. */
  empty: string;
  items: NearbyItem[];
}

/** Published initiatives near the chosen place, so a submitter can join one instead of adding a duplicate. */
export function NearbyInitiatives({ caption, intro, empty, items }: NearbyInitiativesProps) {
  if (items.length === 0) return <p className="utrecht-paragraph">{empty}</p>;
  return (
    <>
      <p className="utrecht-paragraph">
        <strong>{caption}</strong> {intro}
      </p>
      <ul className="utrecht-unordered-list buurtbeeld-nearby-initiatives">
        {items.map((item) => (
          <li key={item.href} className="utrecht-unordered-list__item">
            <a className="utrecht-link utrecht-link--html-a" href={item.href}>
              {item.title}
            </a>
            {item.distance && <span className="buurtbeeld-nearby-initiatives__distance"> ({item.distance})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
