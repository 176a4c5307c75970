import { formattingLocale } from "../i18n/formatting-locale.ts";

/** A day as residents say it ("5 december 2026"), in Dutch time whatever the server's zone. */
export function formatInitiativeDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(date);
}

/** The same day as a machine-readable date for <time dateTime>. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Amsterdam" }).format(date);
}
