import { routing, type Locale } from "../../i18n/routing.ts";

/**
 * The API is not localised by path (its data carries both languages), so only its
 * messages follow Accept-Language: the best of our languages by q-value, Dutch otherwise.
 */
export function apiLocale(acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const match = ranked.find((entry) => (routing.locales as readonly string[]).includes(entry.language));
  return (match?.language as Locale | undefined) ?? routing.defaultLocale;
}
