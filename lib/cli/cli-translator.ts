import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";

export type CliLocale = "nl" | "en";

/** --lang wins, then BUURTBEELD_LANG, then LANG/LC_ALL; Dutch when nothing says otherwise. */
export function cliLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLocale {
  const wanted = flag ?? env.BUURTBEELD_LANG ?? env.LC_ALL ?? env.LANG ?? "";
  return wanted.toLowerCase().startsWith("en") ? "en" : "nl";
}

export type CliTranslator = (key: string, values?: Record<string, string | number>) => string;

export function cliTranslator(locale: CliLocale, root = process.cwd()): CliTranslator {
  const messages = JSON.parse(fs.readFileSync(path.join(root, "messages", `${locale}.json`), "utf8"));
  const t = createTranslator({ locale, messages });
  return (key, values) => t(key as never, values as never);
}
