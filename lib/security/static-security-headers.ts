import { NOT_WIDGET_SOURCE } from "./frame-ancestors.ts";

/** Headers every response gets, pages and static files alike. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), payment=(), usb=(), interest-cohort=()" },
];

export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/** No framing for anything but the widgets, also in browsers that ignore CSP frame-ancestors. */
export const FRAME_OPTIONS = { key: "X-Frame-Options", value: "DENY" };

/** next.config's headers(): the static headers on every path, X-Frame-Options on all but the widgets. */
export function staticHeaderRules(): { source: string; headers: { key: string; value: string }[] }[] {
  return [
    { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
    { source: NOT_WIDGET_SOURCE, headers: [FRAME_OPTIONS] },
  ];
}
