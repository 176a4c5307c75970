import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAP_CLASS_COLOURS, mapPalette } from "@/lib/config/map-palette.ts";
import { parseMunicipalityConfig } from "@/lib/config/municipality-config.ts";
import { themeCss } from "@/lib/config/theme-css.ts";

const realText = fs.readFileSync(path.resolve("municipality.config.json"), "utf8");
const real = parseMunicipalityConfig(realText, "municipality.config.json");

describe("the map palette", () => {
  it("is written into the page's theme as the custom properties the stylesheets use", () => {
    const css = themeCss(real);
    DEFAULT_MAP_CLASS_COLOURS.forEach((colour, index) => expect(css).toContain(`--buurtbeeld-map-class-${index + 1}:${colour}`));
    expect(css).toContain(`--buurtbeeld-map-hatch:${mapPalette(real).hatch}`);
    expect(css).toContain(`--buurtbeeld-map-wijk-stroke:${real.colors.mapWijkStroke}`);
    expect(css).toMatch(/^:root\{[^{}<>]+\}$/);
  });

  it("takes the municipality's own class colours for the page and the cards alike", () => {
    const own = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];
    const config = { ...real, colors: { ...real.colors, mapClasses: own } };
    expect(mapPalette(config).classes).toEqual(own);
    expect(themeCss(config)).toContain("--buurtbeeld-map-class-5:#253494");
    expect(themeCss(config)).not.toContain(DEFAULT_MAP_CLASS_COLOURS[4]);
  });

  it("is no longer spelled out in theme.css, so there is one place to change it", () => {
    const stylesheet = fs.readFileSync(path.resolve("app/theme.css"), "utf8");
    for (const colour of DEFAULT_MAP_CLASS_COLOURS) expect(stylesheet.toLowerCase()).not.toContain(colour);
    expect(stylesheet).not.toMatch(/--buurtbeeld-map-class-\d:/);
  });
});
