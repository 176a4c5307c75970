import type { Locator, Page } from "@playwright/test";

/** The computed styles that can make focus visible, for an element or (SVG links) its shape. */
export interface FocusLook {
  outline: string;
  boxShadow: string;
  shape: string;
  background: string;
  textDecoration: string;
}

export interface TabStop {
  /** Tag, accessible label or text, and href: enough to find the element in a report. */
  description: string;
  unfocused: FocusLook | null;
  focused: FocusLook;
  /** Visible part of the focused element inside the viewport, in px². */
  visibleArea: number;
  /** The landmark the element is in. */
  landmark: "banner" | "main" | "contentinfo" | "none";
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Gives each focusable element a number and records how it looks without focus. Run before
 * the first Tab press, with no element focused and the mouse away from the page.
 */
export async function markFocusables(page: Page): Promise<number> {
  await page.mouse.move(0, 0);
  return page.evaluate((selector) => {
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      const shape = element.querySelector("path");
      const shapeStyle = shape ? getComputedStyle(shape) : null;
      return {
        outline: style.outlineStyle === "none" || parseFloat(style.outlineWidth) === 0 ? "none" : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
        shape: shapeStyle ? `${shapeStyle.stroke} ${shapeStyle.strokeWidth} ${shapeStyle.fill}` : "",
        background: style.backgroundColor,
        textDecoration: `${style.textDecorationLine} ${style.textDecorationThickness} ${style.textDecorationColor}`,
      };
    };
    const elements = [...document.querySelectorAll(selector)];
    const looks = elements.map((element) => look(element));
    elements.forEach((element, index) => element.setAttribute("data-e2e-focus", String(index)));
    (window as unknown as { __e2eUnfocused: unknown[] }).__e2eUnfocused = looks;
    return elements.length;
  }, FOCUSABLE);
}

/** Describes document.activeElement after a key press (null when focus is on <body>). */
export async function currentTabStop(page: Page): Promise<TabStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    const style = getComputedStyle(element);
    const shape = element.querySelector("path");
    const shapeStyle = shape ? getComputedStyle(shape) : null;
    const focused = {
      outline: style.outlineStyle === "none" || parseFloat(style.outlineWidth) === 0 ? "none" : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      shape: shapeStyle ? `${shapeStyle.stroke} ${shapeStyle.strokeWidth} ${shapeStyle.fill}` : "",
      background: style.backgroundColor,
      textDecoration: `${style.textDecorationLine} ${style.textDecorationThickness} ${style.textDecorationColor}`,
    };
    const index = element.getAttribute("data-e2e-focus");
    const unfocused = index === null ? null : ((window as unknown as { __e2eUnfocused: typeof focused[] }).__e2eUnfocused[Number(index)] ?? null);
    const box = element.getBoundingClientRect();
    const width = Math.max(0, Math.min(box.right, window.innerWidth) - Math.max(box.left, 0));
    const height = Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
    const label = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "";
    const href = element.getAttribute("href");
    return {
      description: `<${element.tagName.toLowerCase()}> "${label}"${href ? ` ${href}` : ""}`,
      unfocused,
      focused,
      visibleArea: width * height,
      landmark: (element.closest("main") ? "main" : element.closest("header") ? "banner" : element.closest("footer") ? "contentinfo" : "none") as
        | "banner"
        | "main"
        | "contentinfo"
        | "none",
    };
  });
}

/** Why a tab stop has no visible focus indicator, or null when it has one. */
export function missingFocusIndicator(stop: TabStop): string | null {
  if (!stop.unfocused) return `${stop.description}: not a known focusable element`;
  if (stop.visibleArea < 4) return `${stop.description}: focused but not in view (visible area ${stop.visibleArea}px²)`;
  const { focused, unfocused } = stop;
  const outline = focused.outline !== "none" && focused.outline !== unfocused.outline;
  const shadow = focused.boxShadow !== "none" && focused.boxShadow !== unfocused.boxShadow;
  const shape = focused.shape !== "" && focused.shape !== unfocused.shape;
  if (outline || shadow || shape) return null;
  return `${stop.description}: looks the same with and without focus (${JSON.stringify(focused)})`;
}

/** Presses Tab until `done` says so, or fails after `limit` presses. Returns the stops seen. */
export async function tabUntil(page: Page, done: (stop: TabStop) => boolean | Promise<boolean>, limit = 150): Promise<TabStop[]> {
  const stops: TabStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const stop = await currentTabStop(page);
    if (!stop) continue;
    stops.push(stop);
    if (await done(stop)) return stops;
  }
  throw new Error(`no matching element within ${limit} Tab presses; last: ${stops.at(-1)?.description}`);
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}
