import { defineConfig, devices } from "@playwright/test";

// Browser tests run in Debian's Chromium (apt-get install chromium); Playwright never
// downloads a browser here. Two servers: the embedded default and PostgreSQL.
export const EMBEDDED_PORT = 3210;
export const POSTGRES_PORT = 3211;

export const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
  ],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${EMBEDDED_PORT}`,
    launchOptions: chromium,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, testIgnore: /postgres\.spec\.ts/ },
    {
      name: "phone",
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, launchOptions: chromium },
      testIgnore: /postgres\.spec\.ts/,
    },
    {
      name: "postgres",
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${POSTGRES_PORT}`, launchOptions: chromium },
      testMatch: /postgres\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `npx tsx e2e/support/start-e2e-server.ts embedded ${EMBEDDED_PORT}`,
      url: `http://127.0.0.1:${EMBEDDED_PORT}/nl/buurten/BU19910101`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `npx tsx e2e/support/start-e2e-server.ts postgres ${POSTGRES_PORT}`,
      // The demo import runs while this server is up and publishes the release last: a map
      // of a released indicator is "not found" until then, so tests start on complete data.
      url: `http://127.0.0.1:${POSTGRES_PORT}/nl/kaart?indicator=bijstand`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
