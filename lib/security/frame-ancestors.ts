import { routing } from "../../i18n/routing.ts";

// Which responses another site may put in an iframe. Only the two widgets, and only for the
// origins in the configuration; every other page (the snippet generator included) stays
// unframeable, so no partner page can overlay our forms or links (clickjacking).

const LOCALES = routing.locales.join("|");

/** The widget paths: one indicator's map, and one buurt's card (any code: a miss is a framed 404). */
const WIDGET_PATTERN = `(?:${LOCALES})/insluiten/(?:kaart|buurten/[^/]+)/?`;
const WIDGET_PATH = new RegExp(`^/${WIDGET_PATTERN}$`);

export function isWidgetPath(pathname: string): boolean {
  return WIDGET_PATH.test(pathname);
}

/** The CSP frame-ancestors sources for a path: the portal itself and the configured partners on widgets, none elsewhere. */
export function frameAncestors(pathname: string, allowedOrigins: readonly string[]): string {
  return isWidgetPath(pathname) ? ["'self'", ...allowedOrigins].join(" ") : "'none'";
}

/**
 * A next.config `headers()` source for every path but the widgets. X-Frame-Options cannot
 * name origins, so the widgets go without it and rely on frame-ancestors, which browsers
 * obey over X-Frame-Options anyway. Next matches sources case-insensitively, as its own
 * path-to-regexp pattern; tests/unit/frame-ancestors.test.ts checks it against isWidgetPath.
 */
export const NOT_WIDGET_SOURCE = `/:path((?!${WIDGET_PATTERN}$).*)`;
