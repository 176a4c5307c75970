import type { MunicipalityConfig } from "./municipality-config.ts";

// The literal colours of every map picture. The page reads them as CSS custom properties
// (themeCss writes them into every page), the share cards and the interactive map need
// literal values: all of them come from here, so a buurt has the same colour everywhere.

/** Choropleth classes, low to high: one hue getting darker (ColorBrewer PuBu), readable with any colour vision. */
export const DEFAULT_MAP_CLASS_COLOURS = ["#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"] as const;

export interface MapPalette {
  /** Class 1 (lowest) first. */
  classes: readonly string[];
  /** Lines of the hatching (suppressed) and the dots (no data). */
  hatch: string;
  /** Behind the hatching and the dots. */
  patternGround: string;
  areaStroke: string;
  wijkStroke: string;
  /** A neighbour on the locator map. */
  fill: string;
  /** The buurt itself on the locator map. */
  current: string;
  text: string;
  muted: string;
}

/** The palette of this portal: the defaults, with the municipality's own colours where it set them. */
export function mapPalette(config: Pick<MunicipalityConfig, "colors">): MapPalette {
  return {
    classes: config.colors.mapClasses ?? DEFAULT_MAP_CLASS_COLOURS,
    hatch: "#4d4d4d",
    patternGround: "#ffffff",
    areaStroke: "#4d4d4d",
    wijkStroke: config.colors.mapWijkStroke,
    fill: config.colors.mapFill,
    current: config.colors.accent,
    text: "#1a1a1a",
    muted: "#4d4d4d",
  };
}

/** The palette as the custom properties the stylesheets use. */
export function mapPaletteProperties(palette: MapPalette): Record<string, string> {
  return {
    ...Object.fromEntries(palette.classes.map((colour, index) => [`--buurtbeeld-map-class-${index + 1}`, colour])),
    "--buurtbeeld-map-hatch": palette.hatch,
    "--buurtbeeld-map-pattern-ground": palette.patternGround,
    "--buurtbeeld-map-area-stroke": palette.areaStroke,
    "--buurtbeeld-color-text": palette.text,
    "--buurtbeeld-color-muted": palette.muted,
  };
}
