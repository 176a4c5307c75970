import { expect, test, type APIResponse } from "@playwright/test";
import { parseCsp } from "./support/csp.ts";
import { unexpectedConsoleErrors, settle, watchPage } from "./support/page-watch.ts";
import { ALL_PAGES, CENTRUM } from "./support/site.ts";

// What an attacker (or a browser protecting a resident) sees in the HTTP headers, and
// what the browser reports while the pages run: no CSP violations, no errors, no cookies.

function nonceOf(response: APIResponse): string | undefined {
  const scriptSrc = parseCsp(response.headers()["content-security-policy"]).get("script-src") ?? [];
  return scriptSrc.map((source) => /^'nonce-(.+)'$/.exec(source)?.[1]).find(Boolean);
}

test.describe("HTTP security headers", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "HTTP headers do not depend on the viewport; checked once on desktop");
  });

  for (const page of ALL_PAGES) {
    test(`${page.name} ${page.path} sends a strict CSP and the other security headers`, async ({ request }) => {
      const response = await request.get(page.path, { maxRedirects: 0 });
      expect(response.status()).toBe(page.status);
      expect(response.headers()["content-type"]).toMatch(/^text\/html/);
      const headers = response.headers();
      const csp = parseCsp(headers["content-security-policy"]);
      expect(headers["content-security-policy"], "Content-Security-Policy header").toBeTruthy();

      const scriptSrc = csp.get("script-src") ?? csp.get("default-src") ?? [];
      expect(scriptSrc, "script-src needs a nonce").toEqual(expect.arrayContaining([expect.stringMatching(/^'nonce-[A-Za-z0-9+/_-]{16,}={0,2}'$/)]));
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc).not.toContain("*");
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri"), "base-uri stops <base> injection").toBeDefined();

      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]).toContain(headers["referrer-policy"]);
      expect(headers["set-cookie"], "no cookies").toBeUndefined();
      expect(headers["strict-transport-security"], "no HSTS over plain http").toBeUndefined();
    });
  }

  test("every script in the HTML carries this response's nonce", async ({ request }) => {
    for (const path of ["/nl", `/en/buurten/${CENTRUM.code}`]) {
      const response = await request.get(path);
      const nonce = nonceOf(response);
      expect(nonce, `${path}: nonce in the CSP`).toBeTruthy();
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length, `${path}: the page has scripts`).toBeGreaterThan(0);
      const withoutNonce = scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`));
      expect(withoutNonce, `${path}: scripts that the CSP would block`).toEqual([]);
    }
  });

  test("the CSP nonce is new for every response", async ({ request }) => {
    const nonces = [];
    for (let i = 0; i < 3; i++) nonces.push(nonceOf(await request.get("/nl")));
    nonces.push(nonceOf(await request.get(`/nl/buurten/${CENTRUM.code}`)));
    expect(nonces.every(Boolean)).toBe(true);
    expect(new Set(nonces).size, `nonces: ${nonces.join(", ")}`).toBe(nonces.length);
  });

  test("HSTS only when the request came in over https", async ({ request }) => {
    for (const path of ["/nl", `/en/buurten/${CENTRUM.code}`, "/en/nope"]) {
      const plain = await request.get(path, { maxRedirects: 0 });
      expect(plain.headers()["strict-transport-security"], `${path} over http`).toBeUndefined();

      const https = await request.get(path, { maxRedirects: 0, headers: { "x-forwarded-proto": "https" } });
      const hsts = https.headers()["strict-transport-security"];
      expect(hsts, `${path} over https`).toBeTruthy();
      const maxAge = Number(/max-age=(\d+)/.exec(hsts ?? "")?.[1]);
      expect(maxAge, "HSTS max-age of at least a year").toBeGreaterThanOrEqual(31_536_000);
    }
  });

  test("the locale redirect of / sets no cookie", async ({ request }) => {
    const response = await request.get("/", { maxRedirects: 0, headers: { "accept-language": "en" } });
    expect(response.status()).toBe(307);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  });

  // Paths with a dot (a mistyped /kaart.html, a probe for /.env) must reach the proxy too:
  // their HTML not-found page must be protected by a CSP like every other page.
  for (const path of ["/nl/missing.txt", "/nl/kaart.html", `/en/buurten/${CENTRUM.code}.html`, "/nl/.env"]) {
    test(`the HTML 404 for ${path} also has a CSP`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toMatch(/^text\/html/);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      const csp = parseCsp(response.headers()["content-security-policy"]);
      expect(response.headers()["content-security-policy"], `${path}: Content-Security-Policy header`).toBeTruthy();
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("script-src") ?? []).not.toContain("'unsafe-inline'");
    });
  }
});

test.describe("in the browser", () => {
  for (const page of ALL_PAGES) {
    test(`${page.name}: no CSP violations, no console errors, no cookies`, async ({ page: browserPage, context, baseURL }) => {
      const watch = await watchPage(browserPage);
      const response = await browserPage.goto(page.path);
      expect(response?.status()).toBe(page.status);
      await expect(browserPage.getByRole("heading", { level: 1 })).toHaveText(page.heading);
      await settle(browserPage);

      expect(watch.cspViolations, "CSP violations").toEqual([]);
      const expected404 = page.status === 404 ? [new URL(page.path, baseURL).href] : [];
      expect(unexpectedConsoleErrors(watch, expected404), "console errors").toEqual([]);
      expect(watch.pageErrors, "uncaught exceptions").toEqual([]);
      expect(watch.setCookies, "Set-Cookie headers").toEqual([]);
      expect(await context.cookies(), "cookies in the browser").toEqual([]);
      expect(await browserPage.evaluate(() => document.cookie)).toBe("");
    });
  }

  test("browsing through the site leaves no cookie and no stored data", async ({ page, context }) => {
    const watch = await watchPage(page);
    await page.goto("/nl");
    await page.getByRole("main").getByRole("link", { name: CENTRUM.name, exact: true }).first().click();
    await expect(page).toHaveURL(`/nl/buurten/${CENTRUM.code}`);
    await page.getByRole("navigation", { name: "Taal" }).getByRole("link").click();
    await expect(page).toHaveURL(`/en/buurten/${CENTRUM.code}`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
    await expect(page).toHaveURL("/en/privacy");
    await settle(page);
    expect(watch.setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    expect(stored, "localStorage/sessionStorage entries").toEqual({ local: 0, session: 0 });
    expect(watch.cspViolations).toEqual([]);
    expect(unexpectedConsoleErrors(watch)).toEqual([]);
  });

  test("the CSP is enforced: injected markup cannot run inline script or set inline styles", async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`/nl/buurten/${CENTRUM.code}`);
    await settle(page);
    // What an HTML injection would add: an inline event handler and an inline style.
    const result = await page.evaluate(async () => {
      const box = document.createElement("div");
      box.innerHTML = '<img src="data:," alt="" onerror="window.__e2eInjected = true"><p style="color: rgb(255, 0, 0)">x</p>';
      document.querySelector("main")!.append(box);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return {
        ran: (window as unknown as { __e2eInjected?: boolean }).__e2eInjected === true,
        color: getComputedStyle(box.querySelector("p")!).color,
      };
    });
    expect(result.ran, "an inline event handler must not run").toBe(false);
    expect(result.color, "an inline style attribute must not apply").not.toBe("rgb(255, 0, 0)");
    await expect.poll(() => watch.cspViolations.join("\n"), { message: "the violations are reported" }).toContain("script-src-attr");
    expect(watch.cspViolations.join("\n")).toContain("style-src-attr");
  });
});

test.describe("one URL per page", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "HTTP behaviour; checked once on desktop");
  });

  test("a page asked with a trailing slash is sent to the path without it, query kept, never to another site", async ({ request, baseURL }) => {
    for (const [asked, canonical] of [
      ["/nl/kaart/", "/nl/kaart"],
      ["/nl/kaart/?indicator=bijstand", "/nl/kaart?indicator=bijstand"],
      ["//evil.example/", "/evil.example"],
    ] as const) {
      // Absolute, so "//evil.example/" is a path on our server and not another host. Next
      // may first collapse the double slash itself; every hop must stay on our site.
      let url = `${baseURL}${asked}`;
      const hops: string[] = [];
      for (let hop = 0; hop < 3; hop++) {
        const response = await request.get(url, { maxRedirects: 0 });
        if (![301, 307, 308].includes(response.status())) break;
        const location = new URL(response.headers().location ?? "", url);
        expect(location.origin, `${asked} → ${location}`).toBe(new URL(baseURL!).origin);
        hops.push(`${location.pathname}${location.search}`);
        url = location.toString();
      }
      expect(hops.length, `${asked} is redirected`).toBeGreaterThan(0);
      // Locale routing may follow ("/evil.example" → "/nl/evil.example"), on our site too.
      expect(hops, asked).toContain(canonical);
    }
  });
});
