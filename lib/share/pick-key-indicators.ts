/** How many figures fit on a share card and stay readable in a small preview. */
export const KEY_FIGURE_COUNT = 4;

/**
 * The figures a buurt's card shows: first those where the buurt stands out (in the
 * gemeente's worst fifth), because those are what its residents should see; the rest of
 * the places go to the first indicators of the catalogue, whatever their status.
 */
export function pickKeyIndicators<Indicator extends { standsOut: boolean }>(
  themes: readonly { indicators: readonly Indicator[] }[],
  count = KEY_FIGURE_COUNT,
): Indicator[] {
  const all = themes.flatMap((theme) => theme.indicators);
  return [...all.filter((indicator) => indicator.standsOut), ...all.filter((indicator) => !indicator.standsOut)].slice(0, count);
}
