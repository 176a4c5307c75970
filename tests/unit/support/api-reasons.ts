import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import type { ReasonTranslator } from "@/lib/api/api-query.ts";

const ROOT = path.join(import.meta.dirname, "../../..");

/** The API's refusal reasons as a partner reads them, from the real message files. */
export function reasonTranslator(locale: "nl" | "en"): ReasonTranslator {
  const messages = JSON.parse(fs.readFileSync(path.join(ROOT, `messages/${locale}.json`), "utf8"));
  const t = createTranslator({ locale, messages, namespace: "api.reasons" });
  return (key, values) => t(key as never, values as never);
}
