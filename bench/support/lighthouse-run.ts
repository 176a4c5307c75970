import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { onCleanUp } from "./cleanup.ts";

// Lighthouse's defaults are the point: mobile form factor (Moto G power-sized screen) and
// simulated throttling (slow 4G, 4× CPU), so the figures are comparable with any other
// Lighthouse report. Only the performance category is gathered, to keep runs short.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// As root Chromium needs --no-sandbox; without the resolver rule it keeps trying DNS for
// Google's hosts, which on an offline machine adds waits unrelated to the page.
export const OFFLINE_FLAGS = ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"];

export interface LighthouseFigures {
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  speedIndexMs: number;
  score: number;
  /** The server's part of the LCP: Lighthouse adds the observed response time to its simulation. */
  serverResponseMs: number;
  /** What Lighthouse took as the largest contentful paint, e.g. "h1.utrecht-heading-1 (Centrum)". */
  lcpElement: string;
  /** The HTML document: bytes as sent and uncompressed (it carries the inline RSC payload). */
  documentBytes: { transfer: number; resource: number };
  /** Scripts of the page load: URL, bytes as sent (gzip) and uncompressed. */
  scripts: Array<{ url: string; transferBytes: number; resourceBytes: number }>;
  /** Every URL the page requested, to look for map code. */
  requestUrls: string[];
}

interface NetworkRequest {
  url: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
  statusCode?: number;
}

/** One Chromium for all runs; Lighthouse opens a fresh tab and clears the cache per run. */
export async function launchChrome(): Promise<chromeLauncher.LaunchedChrome> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...OFFLINE_FLAGS],
    // Our own cleanup stops it, in order, also on Ctrl-C.
    handleSIGINT: false,
    logLevel: "silent",
  });
  onCleanUp(async () => chrome.kill());
  return chrome;
}

// The page's own failures: the server answered an error or not at all. Any other runtime
// error (NO_NAVSTART, a protocol timeout) is Lighthouse losing its trace on a busy machine.
const PAGE_ERRORS = new Set(["ERRORED_DOCUMENT_REQUEST", "FAILED_DOCUMENT_REQUEST", "NOT_HTML", "CHROME_INTERSTITIAL_ERROR", "PAGE_HUNG", "DNS_FAILURE"]);
const TRIES = 3;

export async function runLighthouse(url: string, port: number): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    const lhr = (await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] }))?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    const problem = lhr.runtimeError;
    if (!problem) return figuresOf(url, lhr);
    const message = `Lighthouse could not measure ${url}: ${problem.code} ${problem.message}`;
    if (PAGE_ERRORS.has(problem.code) || attempt === TRIES) throw new Error(message);
    console.warn(`(${message}; trying again)`);
  }
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function figuresOf(url: string, lhr: Lhr): LighthouseFigures {
  const audit = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse gave no ${id} for ${url}`);
    return value;
  };
  const requests = ((lhr.audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []);
  const document = requests.find((request) => request.resourceType === "Document");
  const failed = requests.filter((request) => (request.statusCode ?? 0) >= 400);
  if (failed.length > 0) throw new Error(`${url}: ${failed.map((request) => `${request.statusCode} ${request.url}`).join(", ")}`);
  return {
    lcpMs: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    tbtMs: audit("total-blocking-time"),
    fcpMs: audit("first-contentful-paint"),
    speedIndexMs: audit("speed-index"),
    score: lhr.categories.performance?.score ?? Number.NaN,
    serverResponseMs: audit("server-response-time"),
    lcpElement: lcpElementOf(lhr.audits["largest-contentful-paint-element"]?.details),
    documentBytes: { transfer: document?.transferSize ?? 0, resource: document?.resourceSize ?? 0 },
    scripts: requests
      .filter((request) => request.resourceType === "Script")
      .map((request) => ({ url: request.url, transferBytes: request.transferSize ?? 0, resourceBytes: request.resourceSize ?? 0 })),
    requestUrls: requests.map((request) => request.url),
  };
}

/** The LCP element's selector and label from the audit's first table (its second one holds the phases). */
function lcpElementOf(details: unknown): string {
  const tables = (details as { items?: Array<{ items?: Array<{ node?: { selector?: string; nodeLabel?: string } }> }> } | undefined)?.items;
  const node = tables?.[0]?.items?.[0]?.node;
  if (!node) return "unknown";
  const selector = node.selector?.split(" > ").at(-1) ?? "?";
  const label = node.nodeLabel && node.nodeLabel.length > 40 ? `${node.nodeLabel.slice(0, 40)}…` : node.nodeLabel;
  return label ? `${selector} (${label})` : selector;
}
