import { type Browser, chromium, type Page } from "@playwright/test";
import { chromium as e2eChromium } from "../../playwright.config.ts";
import { onCleanUp } from "./cleanup.ts";
import { OFFLINE_FLAGS } from "./lighthouse-run.ts";

// Time to interactive map, in the page's own clock (performance.now()), so the bench's
// round trips to the browser are not part of it. Every run gets a fresh browser context:
// an empty HTTP cache, as for a first visit.

// The e2e tests' phone: the map is measured at the size a phone shows it. Software WebGL
// (SwiftShader, from the e2e flags) draws every pixel on the CPU, so the size matters.
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const READY = '.buurtbeeld-interactive-map[data-state="ready"]';
const FAILED = '.buurtbeeld-interactive-map[data-state="failed"]';
const SWITCH = ".buurtbeeld-map-switch__button";
const TIMEOUT_MS = 60_000;

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ ...e2eChromium, args: [...e2eChromium.args, ...OFFLINE_FLAGS] });
  onCleanUp(() => browser.close());
  return browser;
}

/** Milliseconds from the start until each part had arrived, to see where the time goes. */
export interface MapTiming {
  ms: number;
  scriptMs: number;
  dataMs: number;
}

export interface PortalMapRun extends MapTiming {
  /** The GeoJSON the portal's map fetched, for the bare page to fetch too. */
  dataUrl: string;
  /** The map's size in CSS pixels, for the bare page to draw at. */
  width: number;
  height: number;
}

/** When the MapLibre script and the GeoJSON had arrived, from the page's resource timing. */
async function arrivals(page: Page, start: number, scriptPaths: string[]): Promise<Omit<MapTiming, "ms">> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => ({ url: entry.name, end: (entry as PerformanceResourceTiming).responseEnd })),
  );
  const end = (match: (url: URL) => boolean) => (entries.find((entry) => match(new URL(entry.url)))?.end ?? Number.NaN) - start;
  return { scriptMs: end((url) => scriptPaths.includes(url.pathname)), dataMs: end((url) => url.pathname.endsWith("/gebieden")) };
}

/**
 * Opens the map page, waits until it is hydrated, and times the switch from the click to
 * the map's first idle. `scriptPaths`: the build's MapLibre chunks.
 */
export async function timePortalMap(browser: Browser, url: string, scriptPaths: string[]): Promise<PortalMapRun> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "load" });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    // A click before React has hydrated the button does nothing: wait for its handler.
    await page.waitForFunction((selector) => {
      const button = document.querySelector(selector);
      return button !== null && Object.keys(button).some((key) => key.startsWith("__reactProps"));
    }, SWITCH, { timeout: TIMEOUT_MS });
    await page.evaluate(({ button, ready }) => {
      const marks: Record<string, number> = {};
      (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
      document.querySelector(button)!.addEventListener("click", () => (marks.click = performance.now()), { capture: true, once: true });
      // Set by interactive-map.tsx after MapLibre's first "idle": the buurten are drawn.
      const observer = new MutationObserver(() => {
        if (document.querySelector(ready)) {
          marks.ready = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"] });
    }, { button: SWITCH, ready: READY });
    await page.locator(SWITCH).click();
    await page.locator(`${READY}, ${FAILED}`).waitFor({ timeout: TIMEOUT_MS });
    if (await page.locator(FAILED).count()) throw new Error(`the interactive map on ${url} failed to load its data`);
    const marks = await page.evaluate(() => (window as unknown as { benchMarks: { click: number; ready: number } }).benchMarks);
    const dataUrl = await page.evaluate(() => performance.getEntriesByType("resource").find((entry) => entry.name.includes("/gebieden?"))?.name);
    const box = await page.locator(".buurtbeeld-interactive-map__canvas").boundingBox();
    if (!dataUrl || !box) throw new Error(`the interactive map on ${url} fetched no GeoJSON or has no size`);
    return {
      ms: marks.ready - marks.click,
      ...(await arrivals(page, marks.click, scriptPaths)),
      dataUrl,
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
  } finally {
    await context.close();
  }
}

/** Times the bare MapLibre page from the click on its button to its map's first idle. */
export async function timeBareMap(browser: Browser, url: string): Promise<MapTiming> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    // A script error would otherwise show only as a timeout a minute later.
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const response = await page.goto(url, { waitUntil: "load" });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    await page.locator('body[data-state="waiting"]').waitFor({ state: "attached", timeout: TIMEOUT_MS });
    await page.locator("#show").click();
    await page
      .locator('body[data-state="ready"], body[data-state="failed"]')
      .waitFor({ state: "attached", timeout: TIMEOUT_MS })
      .catch((error: unknown) => {
        throw new Error(`the bare map at ${url} did not get ready: ${errors.join("; ") || String(error)}`);
      });
    const { state, clickAt, readyAt } = await page.evaluate(() => ({
      state: document.body.dataset.state,
      clickAt: Number(document.body.dataset.clickAt),
      readyAt: Number(document.body.dataset.readyAt),
    }));
    if (state !== "ready") throw new Error(`the bare map at ${url} failed to load its data`);
    const scriptPath = new URL("maplibre-gl.js", url).pathname;
    return { ms: readyAt - clickAt, ...(await arrivals(page, clickAt, [scriptPath])) };
  } finally {
    await context.close();
  }
}
