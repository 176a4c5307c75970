import type { MapPalette } from "../config/map-palette.ts";
import type { MapCellClass } from "../maps/map-classes.ts";

// Maps on share cards as SVG documents: the card renderer (satori) draws an <img> of one,
// and resvg fills its patterns, so withheld buurten are hatched and missing ones dotted,
// exactly as on the page. Colours are literal: there are no custom properties in a PNG.
// Path data comes from our own geometry (numbers and commands only); nothing else is put in.

interface Frame {
  viewBox: string;
  width: number;
  height: number;
}

/** The viewBox scaled to fit a box, keeping its shape. */
export function fitFrame(viewBox: string, box: { width: number; height: number }): Frame {
  const [, , width, height] = viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  const scale = Math.min(box.width / width, box.height / height);
  return { viewBox, width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Stroke widths in viewBox units that look the same whatever the map's size. */
function unitOf(frame: Frame): number {
  const viewWidth = Number(frame.viewBox.split(/\s+/)[2]);
  return viewWidth / frame.width;
}

function document(frame: Frame, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${frame.viewBox}" width="${frame.width}" height="${frame.height}">${body}</svg>`;
}

function patterns(palette: MapPalette, unit: number): string {
  const size = 10 * unit;
  return (
    `<defs>` +
    `<pattern id="suppressed" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="${size}" height="${size}" fill="${palette.patternGround}"/>` +
    `<line x1="0" y1="0" x2="0" y2="${size}" stroke="${palette.hatch}" stroke-width="${3.5 * unit}"/></pattern>` +
    `<pattern id="no-data" width="${size}" height="${size}" patternUnits="userSpaceOnUse">` +
    `<rect width="${size}" height="${size}" fill="${palette.patternGround}"/>` +
    `<circle cx="${size / 2}" cy="${size / 2}" r="${1.8 * unit}" fill="${palette.hatch}"/></pattern>` +
    `</defs>`
  );
}

/** The fill of a class: its colour, or the pattern of a class without a value. */
export function classFillOnCard(mapClass: MapCellClass, palette: MapPalette): string {
  return typeof mapClass === "number" ? (palette.classes[mapClass - 1] ?? palette.patternGround) : `url(#${mapClass})`;
}

/** A buurt among its neighbours: the buurt in the highlight colour, the rest quiet; an initiative's place as a dot. */
export function locatorSvg(
  shapes: { current: string; neighbours: readonly string[] },
  frame: Frame,
  palette: MapPalette,
  point: readonly [number, number] | null = null,
): string {
  const unit = unitOf(frame);
  const path = (d: string, fill: string) => `<path d="${d}" fill="${fill}" fill-rule="evenodd" stroke="${palette.wijkStroke}" stroke-width="${1.5 * unit}"/>`;
  const dot = point ? `<circle cx="${point[0]}" cy="${point[1]}" r="${9 * unit}" fill="${palette.text}" stroke="#ffffff" stroke-width="${3 * unit}"/>` : "";
  return document(frame, shapes.neighbours.map((d) => path(d, palette.fill)).join("") + path(shapes.current, palette.current) + dot);
}

/** Every buurt in its class's fill, with the wijk outlines on top. */
export function choroplethSvg(
  map: { areas: readonly { d: string; mapClass: MapCellClass }[]; outlines: readonly string[] },
  frame: Frame,
  palette: MapPalette,
): string {
  const unit = unitOf(frame);
  const areas = map.areas
    .map((area) => `<path d="${area.d}" fill="${classFillOnCard(area.mapClass, palette)}" fill-rule="evenodd" stroke="${palette.areaStroke}" stroke-width="${1 * unit}"/>`)
    .join("");
  const outlines = map.outlines.map((d) => `<path d="${d}" fill="none" fill-rule="evenodd" stroke="${palette.wijkStroke}" stroke-width="${3 * unit}"/>`).join("");
  return document(frame, patterns(palette, unit) + areas + outlines);
}

/** A legend swatch with the same fill as the map. */
export function swatchSvg(mapClass: MapCellClass, palette: MapPalette, size = { width: 44, height: 28 }): string {
  const frame = { viewBox: `0 0 ${size.width} ${size.height}`, ...size };
  return document(
    frame,
    patterns(palette, 1) +
      `<rect x="1" y="1" width="${size.width - 2}" height="${size.height - 2}" fill="${classFillOnCard(mapClass, palette)}" stroke="${palette.areaStroke}" stroke-width="2"/>`,
  );
}

/** An SVG document as an image source the card renderer accepts. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
