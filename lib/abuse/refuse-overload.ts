import { createTranslator } from "use-intl/core";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import type { PrismaClient } from "../db/generated/client.ts";
import { clientKey } from "./client-key.ts";
import type { ConcurrencyGate } from "./concurrency-gate.ts";
import { peekRateLimit } from "./peek-rate-limit.ts";
import { ACTION_BODY_LIMIT_BYTES, BUSY_RETRY_AFTER_SECONDS, SUBMIT_GLOBAL_LIMIT, submitClientLimit } from "./submission-limits.ts";
import { waitMessage } from "./wait-message.ts";
import { withTimeout } from "./with-timeout.ts";

// A Server Action cannot choose its HTTP status, so the proxy answers for it when a
// submission cannot be taken now: 429 with Retry-After when this instance is full, the
// client or everyone used up the rate limit, or the database does not answer; 413 when the
// body is too large. Nothing is counted here (the action counts); a request let through
// may still be refused by the action, with the same words, as a normal page.

const SUBMIT_PATH = /^\/(nl|en)\/initiatieven\/nieuw$/;
const PEEK_TIMEOUT_MS = 2000;

export interface OverloadDeps {
  gate: ConcurrencyGate;
  prisma: () => Promise<PrismaClient>;
}

type Refusal = { status: 413 } | { status: 429; reason: "busy" | "rateLimited"; retryAfterSeconds: number };

async function refusalFor(request: Request, deps: OverloadDeps): Promise<Refusal | null> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > ACTION_BODY_LIMIT_BYTES) return { status: 413 };
  if (deps.gate.isFull()) return { status: 429, reason: "busy", retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS };
  try {
    const prisma = await withTimeout(deps.prisma(), PEEK_TIMEOUT_MS);
    const [client, everyone] = await withTimeout(
      Promise.all([peekRateLimit(prisma, submitClientLimit(clientKey(request.headers))), peekRateLimit(prisma, SUBMIT_GLOBAL_LIMIT)]),
      PEEK_TIMEOUT_MS,
    );
    const refused = [client, everyone].flatMap((result) => (result.allowed ? [] : [result.retryAfterSeconds]));
    if (refused.length > 0) return { status: 429, reason: "rateLimited", retryAfterSeconds: Math.max(...refused) };
  } catch {
    // An unreachable or overloaded database: the visitor waits and tries again, never a 500.
    return { status: 429, reason: "busy", retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS };
  }
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The refusal a POST to the submission form gets before any work, or null to let it through. */
export async function refuseOverload(request: Request, pathname: string, deps: OverloadDeps): Promise<Response | null> {
  const match = SUBMIT_PATH.exec(pathname);
  if (request.method !== "POST" || !match) return null;
  const refusal = await refusalFor(request, deps);
  if (!refusal) return null;

  const locale = match[1] as "nl" | "en";
  const t = createTranslator({ locale, messages: locale === "nl" ? nl : en, namespace: "initiativeForm.overload" });
  const translate = (key: string, values?: Record<string, number>) => t(key as never, values as never);
  const message =
    refusal.status === 413
      ? translate("tooLarge")
      : `${translate(refusal.reason)} ${waitMessage(translate, refusal.retryAfterSeconds)}`;
  const headers = new Headers({ "cache-control": "no-store", "content-language": locale });
  if (refusal.status === 429) headers.set("retry-after", String(refusal.retryAfterSeconds));

  // The page's script reads the text of a plain-text answer (exactly "text/plain", or Next
  // shows a generic error instead); a form sent without script gets a small page in its place.
  if (request.headers.has("next-action")) {
    headers.set("content-type", "text/plain");
    return new Response(message, { status: refusal.status, headers });
  }
  headers.set("content-type", "text/html; charset=utf-8");
  const html = [
    "<!doctype html>",
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(translate("title"))}</title></head><body>`,
    `<main><h1>${escapeHtml(translate("title"))}</h1><p>${escapeHtml(message)}</p><p>${escapeHtml(translate("back"))}</p>`,
    `<p><a href="/${locale}/initiatieven/nieuw">${escapeHtml(translate("toForm"))}</a></p></main></body></html>`,
  ].join("");
  return new Response(html, { status: refusal.status, headers });
}
