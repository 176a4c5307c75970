import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { clientKey } from "../abuse/client-key.ts";
import { sharedConcurrencyGate } from "../abuse/concurrency-gate.ts";
import { consumeRateLimit } from "../abuse/consume-rate-limit.ts";
import { formSecret } from "../abuse/form-secret.ts";
import { createFormToken } from "../abuse/form-token.ts";
import {
  BUSY_RETRY_AFTER_SECONDS,
  FORM_TOKEN_RULES,
  MAX_SUBMISSIONS_IN_FLIGHT,
  SUBMISSION_TIMEOUT_MS,
  SUBMIT_GLOBAL_LIMIT,
  submitClientLimit,
} from "../abuse/submission-limits.ts";
import { waitMessage } from "../abuse/wait-message.ts";
import { withTimeout } from "../abuse/with-timeout.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { kickOutbox } from "../mail/outbox-worker.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { siteOrigin } from "../share/site-origin.ts";
import { createInitiative } from "./create-initiative.ts";
import { findStoredSubmission } from "./find-stored-submission.ts";
import { locateBuurt } from "./locate-buurt.ts";
import { loadSubmissionAreas } from "./load-submission-areas.ts";
import { parseSubmission, type Submission, type SubmissionField } from "./submission-schema.ts";
import { type SubmissionState, submittedValues } from "./submission-state.ts";
import { translatedFieldError } from "./translated-field-error.ts";

export type Received = { kind: "stored"; reference: string } | { kind: "refused"; state: SubmissionState };

type Translate = (key: string, values?: Record<string, string | number>) => string;

type Refusal = { fields?: Partial<Record<SubmissionField, string>>; form?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Everything between a sent form and a stored initiative: the instance's gate, the checks of
 * the form, the rate limits, the buurt of the point, the write. Never throws: each refusal
 * comes back as the form's state with translated words, and a database that is down or
 * slow is "busy, try again" (the form's idempotency key makes that retry safe).
 */
export async function receiveSubmission(input: Record<string, unknown>, locale: "nl" | "en", attempt: number): Promise<Received> {
  const translator = await getTranslations({ locale, namespace: "initiativeForm" });
  const t: Translate = (key, values) => translator(key as never, values as never);
  const gemeente = getMunicipalityConfig().name;
  const values = submittedValues(input);
  const sentKey = typeof input.idempotencyKey === "string" && UUID.test(input.idempotencyKey) ? input.idempotencyKey : undefined;

  const refuse = (refusal: Refusal, renewToken = false): Received => {
    // A stale or damaged form gets a fresh token; its key stays, since nothing was stored under it.
    const idempotencyKey = sentKey ?? randomUUID();
    const formToken = renewToken || !sentKey || typeof input.formToken !== "string" ? createFormToken(formSecret(), idempotencyKey) : input.formToken;
    return { kind: "refused", state: { values, errors: refusal.fields ?? {}, formError: refusal.form ?? null, idempotencyKey, formToken, attempt } };
  };
  const busy = (reason: "busy" | "rateLimited", seconds: number) => refuse({ form: `${t(`overload.${reason}`)} ${waitMessage((key, values) => t(`overload.${key}`, values), seconds)}` });

  const leave = sharedConcurrencyGate(MAX_SUBMISSIONS_IN_FLIGHT).tryEnter();
  if (!leave) return busy("busy", BUSY_RETRY_AFTER_SECONDS);
  try {
    const parsed = parseSubmission(input, { secret: formSecret(), rules: FORM_TOKEN_RULES });
    if (!parsed.ok) {
      const fields = Object.fromEntries(
        Object.entries(parsed.fields).map(([field, key]) => [field, translatedFieldError(t, key, gemeente)]),
      ) as Partial<Record<SubmissionField, string>>;
      return refuse({ fields, form: parsed.form ? t(`refusals.${parsed.form}`) : undefined }, parsed.form === "expired");
    }
    return await withTimeout(store(parsed.submission, locale, t, gemeente, refuse, busy), SUBMISSION_TIMEOUT_MS);
  } catch (error) {
    console.error("initiative submission failed:", error instanceof Error ? error.message : error);
    return busy("busy", BUSY_RETRY_AFTER_SECONDS);
  } finally {
    leave();
  }
}

async function store(
  submission: Submission,
  locale: "nl" | "en",
  t: Translate,
  gemeente: string,
  refuse: (refusal: Refusal) => Received,
  busy: (reason: "busy" | "rateLimited", seconds: number) => Received,
): Promise<Received> {
  const prisma = await getPrisma();
  // A form that is already stored (a double tap, a retry after a lost answer) gets its
  // reference back without costing an attempt of its own. (Once the client's limit is used
  // up, the proxy's 429 still comes first; after the wait the retry finds the same reference.)
  const stored = await findStoredSubmission(prisma, submission.idempotencyKey);
  if (stored) return { kind: "stored", reference: stored };
  // Only forms that passed every check count: a typo corrected twice costs no attempts.
  const client = clientKey(await headers());
  for (const limit of [submitClientLimit(client), SUBMIT_GLOBAL_LIMIT]) {
    const result = await consumeRateLimit(prisma, limit);
    if (!result.allowed) return busy("rateLimited", result.retryAfterSeconds);
  }

  const areas = await loadSubmissionAreas();
  if (!areas) return refuse({ form: t("refusals.noAreas") });
  const { location } = submission;
  const buurt =
    location.kind === "point" ? locateBuurt([location.lon, location.lat], areas.buurten) : areas.buurten.find((candidate) => candidate.code === location.code);
  if (!buurt) {
    return refuse({ fields: { location: translatedFieldError(t, location.kind === "point" ? "pointOutside" : "buurtUnknown", gemeente) } });
  }

  // Links in the receipt mail: the configured address, so a forged Host header cannot put another site in a mail from the gemeente.
  const configured = getMunicipalityConfig().siteUrl;
  const origin = configured ? new URL(configured) : await siteOrigin();
  const { reference } = await createInitiative(
    prisma,
    {
      idempotencyKey: submission.idempotencyKey,
      title: submission.title,
      description: submission.description,
      category: submission.category,
      submitterKind: submission.submitterKind,
      areaYear: areas.areaYear,
      buurtCode: buurt.code,
      lon: location.kind === "point" ? location.lon : null,
      lat: location.kind === "point" ? location.lat : null,
      email: submission.email,
      locale,
    },
    origin,
  );
  // The receipt is in the outbox now; send it without waiting for the timer.
  kickOutbox();
  return { kind: "stored", reference };
}
