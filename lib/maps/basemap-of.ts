import type { MunicipalityConfig } from "../config/municipality-config.ts";

/** Only what the browser needs of the basemap configuration: its style and credit line. */
export function basemapOf(config: MunicipalityConfig): { style: string; attribution: string } | null {
  const basemap = config.map.basemap;
  return basemap ? { style: basemap.style, attribution: basemap.attribution } : null;
}
