export interface WijkOptions {
  code: string;
  /** e.g. "Wijk Uden". */
  label: string;
  buurten: { code: string; name: string }[];
}

/** The buurten as <option>s under their wijk: the way to choose a place without a map. */
export function BuurtOptions({ placeholder, wijken }: { placeholder: string; wijken: WijkOptions[] }) {
  return (
    <>
      <option value="">{placeholder}</option>
      {wijken.map((wijk) => (
        <optgroup key={wijk.code} label={wijk.label}>
          {wijk.buurten.map((buurt) => (
            <option key={buurt.code} value={buurt.code}>
              {buurt.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
