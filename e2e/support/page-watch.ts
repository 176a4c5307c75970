import type { Page } from "@playwright/test";

/** What went wrong in the browser while a test visited pages. */
export interface PageWatch {
  consoleErrors: { text: string; url: string }[];
  pageErrors: string[];
  cspViolations: string[];
  /** Responses (documents and assets alike) that tried to set a cookie. */
  setCookies: string[];
}

declare global {
  interface Window {
    __e2eCspViolation?: (report: string) => void;
  }
}

/**
 * Records console errors, uncaught exceptions, Content-Security-Policy violations (via the
 * securitypolicyviolation event, from the very first script of every document) and any
 * Set-Cookie header. Call before the first page.goto.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { consoleErrors: [], pageErrors: [], cspViolations: [], setCookies: [] };
  await page.exposeFunction("__e2eCspViolation", (report: string) => {
    watch.cspViolations.push(report);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const report = `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} in ${event.documentURI}` +
          (event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "") +
          (event.sample ? ` sample: ${event.sample}` : "");
        window.__e2eCspViolation?.(report);
      },
      true,
    );
  });
  page.on("console", (message) => {
    if (message.type() === "error") watch.consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on("pageerror", (error) => watch.pageErrors.push(`${error.name}: ${error.message}`));
  page.on("response", async (response) => {
    const cookies = (await response.headersArray().catch(() => [])).filter(({ name }) => name.toLowerCase() === "set-cookie");
    for (const cookie of cookies) watch.setCookies.push(`${response.url()}: ${cookie.value}`);
  });
  return watch;
}

/**
 * Console errors other than Chromium's "Failed to load resource: ... 404" line for the
 * document itself, which every (correct) 404 page produces.
 */
export function unexpectedConsoleErrors(watch: PageWatch, expected404Documents: string[] = []): string[] {
  return watch.consoleErrors
    .filter(
      (error) =>
        !(
          expected404Documents.includes(error.url) &&
          /^Failed to load resource: the server responded with a status of 404/.test(error.text)
        ),
    )
    .map((error) => `${error.text} (${error.url})`);
}

/** Lets late scripts (hydration, prefetch) run before the page is judged. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
}
