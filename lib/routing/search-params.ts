/** A page's searchParams without the keys Next passes as undefined. */
export function definedOnly(searchParams: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(searchParams).filter(([, value]) => value !== undefined)) as Record<string, string | string[]>;
}

/** URLSearchParams in the shape a page receives: one value as a string, repeated ones as a list. */
export function searchParamsRecord(search: URLSearchParams): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  return params;
}
