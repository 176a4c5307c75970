import type { ReactNode } from "react";
import { classFill, type MapFillClass, MapPatterns } from "./map-patterns.tsx";

export interface ChoroplethArea {
  code: string;
  /** Name and value as one sentence: the link's accessible name and the hover tip. */
  label: string;
  d: string;
  href: string;
  mapClass: MapFillClass;
}

interface ChoroplethMapProps {
  idPrefix: string;
  title: string;
  description: string;
  viewBox: string;
  areas: ChoroplethArea[];
  outlines: { code: string; d: string }[];
  /** Drawn on top, in the map's own units (RD metres, y flipped): facilities, reach rings, plan areas. */
  overlay?: ReactNode;
  /** In an embed the buurt links open the portal in a new tab, out of the partner's frame. */
  newTab?: boolean;
}

/**
 * The first picture of every map page: an SVG drawn on the server, no JavaScript and no
 * tiles. Every buurt is a link (Tab moves between them) that names its value; hovering
 * shows the same text.
 */
/** One 400th of the map's width, in its own units: marker sizes that look alike on any gemeente. */
export function mapUnit(viewBox: string): number {
  const width = Number(viewBox.split(" ")[2]);
  return Number.isFinite(width) && width > 0 ? width / 400 : 1;
}

export function ChoroplethMap({ idPrefix, title, description, viewBox, areas, outlines, overlay, newTab = false }: ChoroplethMapProps) {
  const unit = mapUnit(viewBox);
  return (
    <figure className="buurtbeeld-choropleth">
      <svg
        viewBox={viewBox}
        role="group"
        aria-labelledby={`${idPrefix}-title`}
        aria-describedby={`${idPrefix}-desc`}
        className="buurtbeeld-choropleth__svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${idPrefix}-title`}>{title}</title>
        <desc id={`${idPrefix}-desc`}>{description}</desc>
        <MapPatterns idPrefix={idPrefix} unit={unit} />
        {areas.map((area) => (
          <a
            key={area.code}
            href={area.href}
            aria-label={area.label}
            className="buurtbeeld-choropleth__link"
            data-buurt={area.code}
            data-class={area.mapClass}
            {...(newTab ? { target: "_blank", rel: "noopener" } : {})}
          >
            <title>{area.label}</title>
            <path d={area.d} fill={classFill(idPrefix, area.mapClass)} className="buurtbeeld-choropleth__area" fillRule="evenodd" />
          </a>
        ))}
        <g aria-hidden="true">
          {outlines.map((outline) => (
            <path key={outline.code} d={outline.d} className="buurtbeeld-choropleth__outline" fillRule="evenodd" />
          ))}
        </g>
        {overlay}
      </svg>
    </figure>
  );
}
