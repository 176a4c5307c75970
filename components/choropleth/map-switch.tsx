"use client";

import dynamic from "next/dynamic";
import { type ReactNode, useState } from "react";
import type { InteractiveMapProps } from "./interactive-map.tsx";

// MapLibre (about 300 kB gzip) is fetched only after a visitor asks for it.
const InteractiveMap = dynamic(() => import("./interactive-map.tsx"), { ssr: false });

interface MapSwitchProps extends InteractiveMapProps {
  show: string;
  hide: string;
  /** The server-rendered SVG map: the first picture, and the one that stays for keyboard and screen reader users. */
  children: ReactNode;
}

/** The SVG map, with a button that lets the interactive map take over in its place (and give it back). */
export function MapSwitch({ show, hide, children, ...map }: MapSwitchProps) {
  const [interactive, setInteractive] = useState(false);
  return (
    <div className="buurtbeeld-map-switch">
      <div hidden={interactive}>{children}</div>
      {interactive && <InteractiveMap {...map} />}
      <button type="button" className="utrecht-button utrecht-button--secondary-action buurtbeeld-map-switch__button" onClick={() => setInteractive(!interactive)}>
        {interactive ? hide : show}
      </button>
    </div>
  );
}
