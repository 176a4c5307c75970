import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";

export type MailTranslator = (key: string, values?: Record<string, string | number>) => string;

const cache = new Map<string, MailTranslator>();

/**
 * Mails are written outside any page render (in a transaction, by the retention command),
 * so they read the `mail` messages directly rather than through the request's locale.
 */
export function mailTranslator(locale: "nl" | "en", root = process.cwd()): MailTranslator {
  const cached = cache.get(`${root}:${locale}`);
  if (cached) return cached;
  const messages = JSON.parse(fs.readFileSync(path.join(/* turbopackIgnore: true */ root, "messages", `${locale}.json`), "utf8"));
  const t = createTranslator({ locale, messages, namespace: "mail" });
  const translate: MailTranslator = (key, values) => t(key as never, values as never);
  cache.set(`${root}:${locale}`, translate);
  return translate;
}
