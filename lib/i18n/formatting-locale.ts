/** Numbers and dates as readers of each language expect them: Dutch, and British English. */
export function formattingLocale(locale: string): string {
  return locale === "nl" ? "nl-NL" : "en-GB";
}
