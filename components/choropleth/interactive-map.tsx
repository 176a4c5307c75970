"use client";

import * as maplibregl from "maplibre-gl";
import type { ExpressionSpecification, MapMouseEvent, StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useState } from "react";

export interface InteractiveMapProps {
  dataUrl: string;
  /** A MapLibre style URL to draw under our buurten, or null: our own boundaries only, offline. */
  basemap: { style: string; attribution: string } | null;
  labels: { region: string; open: string; loading: string; failed: string; attribution: string };
}

const WORKER_URL = "/assets/maplibre/maplibre-gl-worker.mjs";
const CLASS_COUNT = 5;

function cssColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** The SVG map's patterns as images: hatching for suppressed, dots for no data. */
function patternImage(kind: "suppressed" | "no-data"): ImageData {
  const size = 12;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = size;
  const context = canvas.getContext("2d")!;
  context.fillStyle = cssColour("--buurtbeeld-map-pattern-ground", "#ffffff");
  context.fillRect(0, 0, size, size);
  context.fillStyle = context.strokeStyle = cssColour("--buurtbeeld-map-hatch", "#4d4d4d");
  if (kind === "suppressed") {
    context.lineWidth = 2.5;
    for (const offset of [-size, 0, size]) {
      context.beginPath();
      context.moveTo(offset, size);
      context.lineTo(offset + size, 0);
      context.stroke();
    }
  } else {
    context.beginPath();
    context.arc(size / 2, size / 2, 1.6, 0, 2 * Math.PI);
    context.fill();
  }
  return context.getImageData(0, 0, size, size);
}

const EMPTY_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: "background", type: "background", paint: { "background-color": "#ffffff" } }],
};

/**
 * The interactive map: the same buurten, classes and sentences as the SVG map, drawn by
 * MapLibre from our own GeoJSON. Loaded only when asked for; by default it needs no tile
 * server at all.
 */
export default function InteractiveMap({ dataUrl, basemap, labels }: InteractiveMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");

  useEffect(() => {
    if (!container.current) return;
    maplibregl.setWorkerUrl(WORKER_URL);
    const map = new maplibregl.Map({
      container: container.current,
      style: basemap?.style ?? EMPTY_STYLE,
      attributionControl: { compact: false, customAttribution: [labels.attribution, ...(basemap ? [basemap.attribution] : [])] },
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    const popup = new maplibregl.Popup({ closeButton: true, maxWidth: "18rem" });
    let cancelled = false;

    map.on("load", async () => {
      const response = await fetch(dataUrl).catch(() => null);
      if (cancelled) return;
      if (!response?.ok) {
        setState("failed");
        return;
      }
      const data = (await response.json()) as GeoJSON.FeatureCollection;
      map.addImage("suppressed", patternImage("suppressed"));
      map.addImage("no-data", patternImage("no-data"));
      map.addSource("areas", { type: "geojson", data });
      const colours: (string | number)[] = [];
      for (let index = 1; index <= CLASS_COUNT; index++) colours.push(String(index), cssColour(`--buurtbeeld-map-class-${index}`, "#cccccc"));
      const opacity = basemap ? 0.8 : 1;
      const buurt: ExpressionSpecification = ["==", ["get", "kind"], "buurt"];
      map.addLayer({
        id: "buurt-fill",
        type: "fill",
        source: "areas",
        filter: ["all", buurt, ["!", ["in", ["get", "mapClass"], ["literal", ["suppressed", "no-data"]]]]],
        paint: { "fill-color": ["match", ["get", "mapClass"], ...colours, "#cccccc"] as never, "fill-opacity": opacity },
      });
      for (const kind of ["suppressed", "no-data"] as const) {
        map.addLayer({
          id: `buurt-${kind}`,
          type: "fill",
          source: "areas",
          filter: ["all", buurt, ["==", ["get", "mapClass"], kind]],
          paint: { "fill-pattern": kind, "fill-opacity": opacity },
        });
      }
      map.addLayer({ id: "buurt-line", type: "line", source: "areas", filter: buurt, paint: { "line-color": cssColour("--buurtbeeld-map-area-stroke", "#4d4d4d"), "line-width": 0.75 } });
      map.addLayer({
        id: "wijk-line",
        type: "line",
        source: "areas",
        filter: ["==", ["get", "kind"], "wijk"],
        paint: { "line-color": cssColour("--buurtbeeld-map-wijk-stroke", "#00594f"), "line-width": 2.5 },
      });
      const bounds = new maplibregl.LngLatBounds();
      for (const feature of data.features) {
        const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.type === "MultiPolygon" ? feature.geometry.coordinates : [];
        for (const polygon of polygons) for (const [lng, lat] of polygon[0] ?? []) bounds.extend([lng!, lat!]);
      }
      map.fitBounds(bounds, { padding: 16, animate: false });
      map.once("idle", () => !cancelled && setState("ready"));
    });

    const fillLayers = ["buurt-fill", "buurt-suppressed", "buurt-no-data"];
    map.on("click", (event: MapMouseEvent) => {
      const [feature] = map.queryRenderedFeatures(event.point, { layers: fillLayers });
      if (!feature) return popup.remove();
      const { label, href } = feature.properties as { label: string; href: string };
      const content = document.createElement("div");
      const text = document.createElement("p");
      text.textContent = label;
      const link = document.createElement("a");
      link.href = href;
      link.textContent = labels.open;
      link.className = "utrecht-link";
      content.append(text, link);
      popup.setLngLat(event.lngLat).setDOMContent(content).addTo(map);
    });
    for (const layer of fillLayers) {
      map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
      map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
    }
    return () => {
      cancelled = true;
      popup.remove();
      map.remove();
    };
  }, [dataUrl, basemap, labels]);

  return (
    <div className="buurtbeeld-interactive-map" data-state={state}>
      <div ref={container} className="buurtbeeld-interactive-map__canvas" role="region" aria-label={labels.region} />
      {state !== "ready" && (
        <p className="buurtbeeld-interactive-map__status" role="status">
          {state === "failed" ? labels.failed : labels.loading}
        </p>
      )}
    </div>
  );
}
