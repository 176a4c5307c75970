import { mapPalette } from "../config/map-palette.ts";
import type { MunicipalityConfig } from "../config/municipality-config.ts";

/** The few literal colours a card's text and band need: the municipality's, and the theme's text colours. */
export interface CardColours {
  band: string;
  bandText: string;
  accent: string;
  text: string;
  muted: string;
}

/** What a card's look depends on besides its data: part of its ETag. */
export function cardLook(config: Pick<MunicipalityConfig, "name" | "colors">): string {
  return JSON.stringify([config.name, config.colors]);
}

export function cardColours(config: Pick<MunicipalityConfig, "colors">): CardColours {
  const palette = mapPalette(config);
  return { band: config.colors.primary, bandText: config.colors.primaryText, accent: config.colors.accent, text: palette.text, muted: palette.muted };
}
