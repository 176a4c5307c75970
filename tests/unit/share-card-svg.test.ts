import { describe, expect, it } from "vitest";
import { DEFAULT_MAP_CLASS_COLOURS, mapPalette } from "@/lib/config/map-palette.ts";
import { choroplethSvg, fitFrame, locatorSvg, svgDataUri, swatchSvg } from "@/lib/share/card-svg.ts";

const palette = mapPalette({ colors: { primary: "#00594f", primaryText: "#ffffff", accent: "#c8102e", mapFill: "#dfeee9", mapStroke: "#ffffff", mapWijkStroke: "#00594f" } });
const fillOf = (svg: string, d: string) => svg.match(new RegExp(`<path d="${d}" fill="([^"]+)"`))?.[1];

describe("fitFrame", () => {
  it("fits a wide map to the box's width and a tall one to its height, keeping its shape", () => {
    expect(fitFrame("0 -400 2000 1000", { width: 500, height: 500 })).toMatchObject({ width: 500, height: 250 });
    expect(fitFrame("0 0 1000 3000", { width: 500, height: 600 })).toMatchObject({ width: 200, height: 600 });
  });
});

describe("choroplethSvg", () => {
  const frame = fitFrame("0 0 400 400", { width: 400, height: 400 });
  const svg = choroplethSvg(
    { areas: [{ d: "M0 0h10v10z", mapClass: 2 }, { d: "M20 0h10v10z", mapClass: "suppressed" }, { d: "M40 0h10v10z", mapClass: "no-data" }], outlines: ["M0 0h50v50z"] },
    frame,
    palette,
  );

  it("fills a buurt with its class's literal colour from the palette", () => {
    expect(fillOf(svg, "M0 0h10v10z")).toBe(DEFAULT_MAP_CLASS_COLOURS[1]);
  });

  it("hatches a withheld buurt and dots one without data, with patterns the document defines", () => {
    expect(fillOf(svg, "M20 0h10v10z")).toBe("url(#suppressed)");
    expect(fillOf(svg, "M40 0h10v10z")).toBe("url(#no-data)");
    expect(svg).toMatch(/<pattern id="suppressed"[^>]*patternTransform="rotate\(45\)"><rect[^>]*\/><line /);
    expect(svg).toMatch(/<pattern id="no-data"[^>]*><rect[^>]*\/><circle /);
  });

  it("draws the wijk outlines on top, unfilled", () => {
    expect(svg.lastIndexOf('<path d="M0 0h50v50z" fill="none"')).toBeGreaterThan(svg.indexOf('<path d="M40 0h10v10z"'));
  });
});

describe("locatorSvg and swatches", () => {
  it("draws the buurt in the highlight colour over its quiet neighbours", () => {
    const svg = locatorSvg({ current: "M1 1h2v2z", neighbours: ["M5 5h2v2z"] }, fitFrame("0 0 10 10", { width: 100, height: 100 }), palette);
    expect(fillOf(svg, "M1 1h2v2z")).toBe(palette.current);
    expect(fillOf(svg, "M5 5h2v2z")).toBe(palette.fill);
    expect(svg.indexOf("M1 1h2v2z")).toBeGreaterThan(svg.indexOf("M5 5h2v2z"));
  });

  it("gives a legend swatch the same fill as its class on the map", () => {
    expect(swatchSvg(5, palette)).toContain(`fill="${DEFAULT_MAP_CLASS_COLOURS[4]}"`);
    expect(swatchSvg("suppressed", palette)).toContain('fill="url(#suppressed)"');
  });

  it("wraps a document as a data URI an <img> can show", () => {
    expect(Buffer.from(svgDataUri("<svg/>").replace("data:image/svg+xml;base64,", ""), "base64").toString()).toBe("<svg/>");
  });
});
