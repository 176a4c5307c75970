import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["nl", "en"],
  defaultLocale: "nl",
  localePrefix: "always",
  // Residents get no cookies at all (no consent banner needed): the language lives in
  // the URL, and "/" is sent on by Accept-Language alone.
  localeCookie: false,
  alternateLinks: true,
});

export type Locale = (typeof routing.locales)[number];
