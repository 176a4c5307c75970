import { withQuery } from "../routes.ts";

// Every table next to a map sorts the same way: by links in its headings that reload the
// view with ?sorteer=…&volgorde=…, so sorting needs no script and a link keeps the order.

export interface TableSortLink {
  href: string;
  sort: "ascending" | "descending" | "none";
  /** Whether following the link sorts descending (for the "sort descending" hint). */
  nextDescending: boolean;
}

export interface TableSort<Key extends string> {
  key: Key;
  descending: boolean;
  link: (key: Key) => TableSortLink;
}

/**
 * The current order and the heading links of a table. `descendingFirst` says which columns
 * start high to low (values: the most first), the rest start A to Z.
 */
export function tableSort<Key extends string>(options: {
  path: string;
  /** The view's own choice, kept in every sort link. */
  view: Record<string, string | number | undefined>;
  anchor: string;
  query: { sorteer?: Key; volgorde?: "op" | "af" };
  defaultKey: Key;
  descendingFirst: (key: Key) => boolean;
}): TableSort<Key> {
  const key = options.query.sorteer ?? options.defaultKey;
  // Without a direction, a column is in the order it starts in.
  const descending = options.query.volgorde ? options.query.volgorde === "af" : options.descendingFirst(key);
  return {
    key,
    descending,
    link: (column) => {
      const active = column === key;
      const nextDescending = active ? !descending : options.descendingFirst(column);
      return {
        href: `${withQuery(options.path, { ...options.view, sorteer: column, volgorde: nextDescending ? "af" : "op" })}#${options.anchor}`,
        sort: active ? (descending ? "descending" : "ascending") : "none",
        nextDescending,
      };
    },
  };
}
