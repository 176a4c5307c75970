"use client";

import * as maplibregl from "maplibre-gl";
import type { ExpressionSpecification, MapMouseEvent, StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useState } from "react";

export interface InteractiveMapProps {
  dataUrl: string;
  /** A MapLibre style URL to draw under our buurten, or null: our own boundaries only, offline. */
  basemap: { style: string; attribution: string } | null;
  labels: { region: string; open: string; loading: string; failed: string; attribution: string; jump: string; jumpHint: string };
}

interface MapBuurt {
  code: string;
  label: string;
  href: string;
  bounds: [[number, number], [number, number]];
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
  const [buurten, setBuurten] = useState<MapBuurt[]>([]);
  const [chosen, setChosen] = useState<MapBuurt | null>(null);
  // Set once the map is loaded: moves the map to a buurt chosen from the list.
  const goTo = useRef<(buurt: MapBuurt) => void>(() => {});

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
    // Focus stays where it is: in the buurt list, the arrow keys must keep stepping.
    const popup = new maplibregl.Popup({ closeButton: true, maxWidth: "18rem", focusAfterOpen: false });
    let cancelled = false;
    const showPopup = (at: maplibregl.LngLatLike, label: string, href: string) => {
      const content = document.createElement("div");
      const text = document.createElement("p");
      text.textContent = label;
      const link = document.createElement("a");
      link.href = href;
      link.textContent = labels.open;
      link.className = "utrecht-link";
      content.append(text, link);
      popup.setLngLat(at).setDOMContent(content).addTo(map);
    };

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
      map.addLayer({
        id: "buurt-chosen",
        type: "line",
        source: "areas",
        filter: ["==", ["get", "code"], ""],
        paint: { "line-color": cssColour("--buurtbeeld-focus", "#1a1a1a"), "line-width": 4 },
      });
      const boundsOf = (feature: GeoJSON.Feature) => {
        const bounds = new maplibregl.LngLatBounds();
        const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.type === "MultiPolygon" ? feature.geometry.coordinates : [];
        for (const polygon of polygons) for (const [lng, lat] of polygon[0] ?? []) bounds.extend([lng!, lat!]);
        return bounds;
      };
      const all = new maplibregl.LngLatBounds();
      for (const feature of data.features) all.extend(boundsOf(feature));
      map.fitBounds(all, { padding: 16, animate: false });
      const list = data.features
        .filter((feature) => feature.properties?.kind === "buurt")
        .map((feature) => {
          const { code, label, href } = feature.properties as { code: string; label: string; href: string };
          return { code, label, href, bounds: boundsOf(feature).toArray() as MapBuurt["bounds"] };
        })
        .sort((a, b) => a.label.localeCompare(b.label));
      setBuurten(list);
      goTo.current = (buurt) => {
        map.setFilter("buurt-chosen", ["==", ["get", "code"], buurt.code]);
        const bounds = new maplibregl.LngLatBounds(buurt.bounds);
        map.fitBounds(bounds, { padding: 32, maxZoom: 15, duration: 300 });
        showPopup(bounds.getCenter(), buurt.label, buurt.href);
      };
      map.once("idle", () => !cancelled && setState("ready"));
    });

    const fillLayers = ["buurt-fill", "buurt-suppressed", "buurt-no-data"];
    map.on("click", (event: MapMouseEvent) => {
      const [feature] = map.queryRenderedFeatures(event.point, { layers: fillLayers });
      if (!feature) return popup.remove();
      const { label, href } = feature.properties as { label: string; href: string };
      showPopup(event.lngLat, label, href);
    });
    for (const layer of fillLayers) {
      map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
      map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
    }
    return () => {
      cancelled = true;
      goTo.current = () => {};
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
      {buurten.length > 0 && (
        // Keyboard users move between buurten here: the arrow keys step through the list,
        // the map follows, and the chosen buurt's sentence and link appear below.
        <div className="buurtbeeld-interactive-map__jump">
          <label className="utrecht-form-label" htmlFor="interactive-map-buurt">
            {labels.jump}
          </label>
          <p className="buurtbeeld-interactive-map__hint" id="interactive-map-buurt-hint">
            {labels.jumpHint}
          </p>
          <select
            id="interactive-map-buurt"
            aria-describedby="interactive-map-buurt-hint"
            className="utrecht-select utrecht-select--html-select"
            value={chosen?.code ?? ""}
            onChange={(event) => {
              const buurt = buurten.find((candidate) => candidate.code === event.target.value);
              if (!buurt) return;
              setChosen(buurt);
              goTo.current(buurt);
            }}
          >
            <option value="" disabled>
              —
            </option>
            {buurten.map((buurt) => (
              <option key={buurt.code} value={buurt.code}>
                {buurt.label}
              </option>
            ))}
          </select>
          <p className="buurtbeeld-map-info__line" aria-live="polite" data-testid="interactive-map-chosen">
            {chosen && (
              <>
                {chosen.label}{" "}
                <a className="utrecht-link" href={chosen.href}>
                  {labels.open}
                </a>
              </>
            )}
          </p>
        </div>
      )}
    </div>
  );
}
