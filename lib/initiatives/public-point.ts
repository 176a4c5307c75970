/**
 * The point shown to the public, coarsened to about 100 m (three decimals). A resident who
 * taps the map may tap their own front door; the buurt is the finest level we publish, and
 * a grid of ~100 m still puts the initiative in the right street corner on a map.
 */
export function publicPoint(lon: number | null, lat: number | null): [number, number] | null {
  if (lon === null || lat === null) return null;
  const coarse = (value: number) => Math.round(value * 1000) / 1000;
  return [coarse(lon), coarse(lat)];
}
