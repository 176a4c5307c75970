import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";

/** The site's own messages as the pages get them, for pure functions that take a translator. */
export function translatorFor(locale: "nl" | "en") {
  const t = createTranslator({ locale, messages: locale === "nl" ? nl : en });
  const translate = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  return Object.assign(translate, { has: (key: string) => t.has(key as never) });
}
