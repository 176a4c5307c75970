import { mapPalette, mapPaletteProperties } from "./map-palette.ts";
import type { MunicipalityConfig } from "./municipality-config.ts";

/**
 * The municipality's colours and the map palette as the theme's custom properties. Only
 * validated #rrggbb values reach this string, so it is safe to put in a <style> element.
 */
export function themeCss(config: MunicipalityConfig): string {
  const { colors } = config;
  const properties: Record<string, string> = {
    "--buurtbeeld-color-primary": colors.primary,
    "--buurtbeeld-color-primary-text": colors.primaryText,
    "--buurtbeeld-color-accent": colors.accent,
    "--buurtbeeld-map-fill": colors.mapFill,
    "--buurtbeeld-map-stroke": colors.mapStroke,
    "--buurtbeeld-map-wijk-stroke": colors.mapWijkStroke,
    ...mapPaletteProperties(mapPalette(config)),
  };
  return `:root{${Object.entries(properties).map(([name, value]) => `${name}:${value}`).join(";")}}`;
}
