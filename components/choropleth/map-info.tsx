"use client";

import { type ReactNode, useRef, useState } from "react";

interface MapInfoProps {
  /** Shown before any buurt is pointed at. */
  hint: string;
  /** After a tap on a touch screen: a second tap (or this link) opens the buurt. */
  open: string;
  children: ReactNode;
}

interface Picked {
  code: string;
  label: string;
  href: string;
}

function pickedFrom(target: EventTarget | null): Picked | null {
  const link = target instanceof Element ? target.closest("a[data-buurt]") : null;
  if (!link) return null;
  return { code: link.getAttribute("data-buurt")!, label: link.getAttribute("aria-label")!, href: link.getAttribute("href")! };
}

/**
 * Says the value of the buurt under the pointer or focus beside the map. On a touch screen
 * the first tap on a buurt shows its value and the second opens it, as a mouse user gets
 * the value by hovering. Without script the map is the same, minus this line.
 */
export function MapInfo({ hint, open, children }: MapInfoProps) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [byTouch, setByTouch] = useState(false);
  const lastPointer = useRef<string>("mouse");
  return (
    <div
      className="buurtbeeld-map-info"
      onPointerDown={(event) => (lastPointer.current = event.pointerType)}
      onKeyDown={() => (lastPointer.current = "keyboard")}
      onPointerOver={(event) => {
        if (event.pointerType !== "mouse") return;
        const next = pickedFrom(event.target);
        if (next) setPicked(next);
      }}
      onFocus={(event) => {
        const next = pickedFrom(event.target);
        if (next) setPicked(next);
      }}
      onClick={(event) => {
        if (lastPointer.current !== "touch") return;
        const next = pickedFrom(event.target);
        if (!next || (byTouch && picked?.code === next.code)) return;
        event.preventDefault();
        setPicked(next);
        setByTouch(true);
      }}
    >
      {children}
      <p className="buurtbeeld-map-info__line" data-testid="map-info">
        {picked ? picked.label : hint}
        {picked && byTouch && (
          <>
            {" "}
            <a className="utrecht-link" href={picked.href}>
              {open}
            </a>
          </>
        )}
      </p>
    </div>
  );
}
