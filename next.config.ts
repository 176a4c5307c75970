import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/abuse/submission-limits.ts";
import { staticHeaderRules } from "./lib/security/static-security-headers.ts";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // A separate build directory lets a benchmark or a second test run build beside .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The open data API answers /api/v1/buurten/ with a 404 problem, never a redirect (Dutch
  // API Design Rules); the proxy still redirects pages to the path without the slash.
  skipTrailingSlashRedirect: true,
  // Database drivers and the wasm schema engine load files from their own package
  // folders at run time; bundling them would break those paths.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/client",
    "@prisma/driver-adapter-utils",
    "@prisma/schema-engine-wasm",
    "pg",
  ],
  experimental: {
    // Server Actions take forms, not uploads: the initiative form's longest texts fit with
    // room to spare, and a larger body is refused before it is read (the proxy answers a
    // declared Content-Length beyond this with a translated 413 first).
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_BYTES / 1024}kb` as const },
  },
  async headers() {
    return staticHeaderRules();
  },
};

export default withNextIntl(nextConfig);
