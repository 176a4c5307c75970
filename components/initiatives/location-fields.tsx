"use client";

import { useEffect, useRef, useState } from "react";
import { rdToWgs84Approx, wgs84ToRdApprox } from "@/lib/geo/rd-approx.ts";
import type { NearbyAnswer } from "@/lib/initiatives/nearby-query.ts";
import { BuurtOptions, type WijkOptions } from "./buurt-options.tsx";
import { describedBy, FieldError } from "./form-field.tsx";
import { NearbyInitiatives } from "./nearby-initiatives.tsx";

export interface LocationMap {
  /** The SVG frame in RD New metres with y negated, as lib/geo/svg-shapes.ts draws every map. */
  viewBox: string;
  buurten: { code: string; d: string }[];
  outlines: { code: string; d: string }[];
}

/** Sentences with {buurt}, {metres} or {gemeente} still in them are filled in here. */
export interface LocationTexts {
  legend: string;
  description: string;
  descriptionWithMap: string;
  buurtLabel: string;
  chooseBuurt: string;
  mapTitle: string;
  mapDescription: string;
  useMyLocation: string;
  locating: string;
  pointChosen: string;
  pointOutside: string;
  locationUnavailable: string;
  clearPoint: string;
  nearbyHeading: string;
  nearbyIntro: string;
  nearbyInBuurt: string;
  nearbyNoneInBuurt: string;
  nearbyNoneNear: string;
  nearbyDistance: string;
  nearbyLoading: string;
  nearbyFailed: string;
}

interface LocationFieldsProps {
  wijken: WijkOptions[];
  map: LocationMap | null;
  initial: { buurt: string; lon: string; lat: string };
  error?: string;
  /** The JSON route with published initiatives near a buurt or point. */
  nearbyEndpoint: string;
  texts: LocationTexts;
}

type Point = { lon: number; lat: number };
type Nearby = { state: "idle" | "loading" | "failed" } | { state: "done"; answer: NearbyAnswer; withPoint: boolean };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

function pointFrom(lon: string, lat: string): Point | null {
  const point = { lon: Number(lon), lat: Number(lat) };
  return lon !== "" && lat !== "" && Number.isFinite(point.lon) && Number.isFinite(point.lat) ? point : null;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Where the initiative is: a buurt from the list (the route that always works, without
 * script or a map), or, once script runs, a tap on the map or the device's location. The
 * map and the location only fill the hidden lon/lat fields and pick the matching buurt; the
 * server places the point again and refuses one outside the gemeente.
 */
export function LocationFields({ wijken, map, initial, error, nearbyEndpoint, texts }: LocationFieldsProps) {
  const [enhanced, setEnhanced] = useState(false);
  const [buurt, setBuurt] = useState(initial.buurt);
  const [point, setPoint] = useState<Point | null>(() => pointFrom(initial.lon, initial.lat));
  const [status, setStatus] = useState("");
  const [touched, setTouched] = useState(false);
  const [nearby, setNearby] = useState<Nearby>({ state: "idle" });
  const svgRef = useRef<SVGSVGElement>(null);

  useEffect(() => setEnhanced(true), []);

  const buurtName = (code: string) => wijken.flatMap((wijk) => wijk.buurten).find((candidate) => candidate.code === code)?.name ?? code;

  // Initiatives near the choice, once the visitor has made one on this page.
  useEffect(() => {
    if (!touched || (!buurt && !point)) return;
    const controller = new AbortController();
    const query = point ? `lon=${point.lon}&lat=${point.lat}` : `buurt=${encodeURIComponent(buurt)}`;
    setNearby({ state: "loading" });
    fetch(`${nearbyEndpoint}?${query}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok && response.status !== 404) throw new Error(String(response.status));
        setNearby({ state: "done", answer: (await response.json()) as NearbyAnswer, withPoint: point !== null });
      })
      .catch(() => {
        if (!controller.signal.aborted) setNearby({ state: "failed" });
      });
    return () => controller.abort();
  }, [touched, buurt, point, nearbyEndpoint]);

  function choose(next: Point | null, code: string, message: string) {
    setPoint(next);
    setBuurt(code);
    setStatus(message);
    setTouched(true);
  }

  function tapMap(event: React.MouseEvent<SVGSVGElement>) {
    const matrix = event.currentTarget.getScreenCTM();
    if (!matrix) return;
    const { x, y } = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const code = event.target instanceof Element ? event.target.closest("[data-buurt]")?.getAttribute("data-buurt") : null;
    if (!code) {
      choose(null, buurt, texts.pointOutside);
      return;
    }
    const [lon, lat] = rdToWgs84Approx([x, -y]);
    choose({ lon, lat }, code, fill(texts.pointChosen, { buurt: buurtName(code) }));
  }

  function buurtAt(lon: number, lat: number): string | null {
    const [x, y] = wgs84ToRdApprox([lon, lat]);
    const paths = svgRef.current?.querySelectorAll<SVGPathElement>("path[data-buurt]") ?? [];
    for (const path of paths) if (path.isPointInFill(new DOMPoint(x, -y))) return path.getAttribute("data-buurt");
    return null;
  }

  function locateMe() {
    if (!("geolocation" in navigator)) {
      setStatus(texts.locationUnavailable);
      return;
    }
    setStatus(texts.locating);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const here = { lon: round6(coords.longitude), lat: round6(coords.latitude) };
        const code = buurtAt(here.lon, here.lat);
        if (code) choose(here, code, fill(texts.pointChosen, { buurt: buurtName(code) }));
        else choose(null, buurt, texts.pointOutside);
      },
      () => setStatus(texts.locationUnavailable),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  const withMap = enhanced && map !== null;
  const description = withMap ? texts.descriptionWithMap : texts.description;
  const marker = point && map ? wgs84ToRdApprox([point.lon, point.lat]) : null;
  const markerRadius = map ? Number(map.viewBox.split(" ")[2]) / 70 : 0;

  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset buurtbeeld-initiative-form__group">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{texts.legend}</legend>
      <p className="utrecht-form-field-description" id="location-description">
        {description}
      </p>
      {error && <FieldError id="location" error={error} />}

      {withMap && (
        <div className="buurtbeeld-location-map">
          {/* For pointers only: the list below is the same choice for keyboards and screen readers. */}
          <svg
            ref={svgRef}
            viewBox={map.viewBox}
            role="img"
            aria-labelledby="location-map-title location-map-desc"
            className="buurtbeeld-location-map__svg"
            preserveAspectRatio="xMidYMid meet"
            onClick={tapMap}
          >
            <title id="location-map-title">{texts.mapTitle}</title>
            <desc id="location-map-desc">{texts.mapDescription}</desc>
            {map.buurten.map((shape) => (
              <path
                key={shape.code}
                d={shape.d}
                data-buurt={shape.code}
                fillRule="evenodd"
                className={`buurtbeeld-location-map__area${shape.code === buurt ? " buurtbeeld-location-map__area--chosen" : ""}`}
              />
            ))}
            <g aria-hidden="true">
              {map.outlines.map((outline) => (
                <path key={outline.code} d={outline.d} className="buurtbeeld-location-map__outline" fillRule="evenodd" />
              ))}
              {marker && <circle cx={marker[0]} cy={-marker[1]} r={markerRadius} className="buurtbeeld-location-map__marker" />}
            </g>
          </svg>
          <div className="buurtbeeld-location-map__actions">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={locateMe}>
              {texts.useMyLocation}
            </button>
            {point && (
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => choose(null, buurt, "")}>
                {texts.clearPoint}
              </button>
            )}
          </div>
        </div>
      )}
      <p className="buurtbeeld-location-map__status" aria-live="polite">
        {status}
      </p>

      <div className="utrecht-form-field utrecht-form-field--text">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="buurt">
            {texts.buurtLabel}
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <select
            id="buurt"
            name="buurt"
            value={buurt}
            onChange={(event) => choose(null, event.target.value, "")}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("location", { description, error })}
            className={`utrecht-select utrecht-select--html-select${error ? " utrecht-select--invalid" : ""}`}
          >
            <BuurtOptions placeholder={texts.chooseBuurt} wijken={wijken} />
          </select>
        </div>
      </div>
      <input type="hidden" name="lon" value={point ? String(point.lon) : ""} />
      <input type="hidden" name="lat" value={point ? String(point.lat) : ""} />

      <div className="buurtbeeld-location-nearby" aria-live="polite" aria-busy={nearby.state === "loading"}>
        {nearby.state !== "idle" && <h3 className="utrecht-heading-3">{texts.nearbyHeading}</h3>}
        {nearby.state === "loading" && <p className="utrecht-paragraph">{texts.nearbyLoading}</p>}
        {nearby.state === "failed" && <p className="utrecht-paragraph">{texts.nearbyFailed}</p>}
        {nearby.state === "done" && nearby.answer.kind === "found" && (
          <NearbyInitiatives
            caption={fill(texts.nearbyInBuurt, { buurt: nearby.answer.buurt.name })}
            intro={texts.nearbyIntro}
            empty={fill(nearby.withPoint ? texts.nearbyNoneNear : texts.nearbyNoneInBuurt, { buurt: nearby.answer.buurt.name })}
            items={nearby.answer.initiatives.map((initiative) => ({
              title: initiative.title,
              href: initiative.href,
              distance: initiative.distanceMetres !== null && nearby.withPoint ? fill(texts.nearbyDistance, { metres: initiative.distanceMetres }) : undefined,
            }))}
          />
        )}
      </div>
    </fieldset>
  );
}
