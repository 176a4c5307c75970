import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { clientKey } from "../abuse/client-key.ts";
import { consumeRateLimit } from "../abuse/consume-rate-limit.ts";
import { SUBMISSION_TIMEOUT_MS, statusLookupLimit } from "../abuse/submission-limits.ts";
import { waitMessage } from "../abuse/wait-message.ts";
import { withTimeout } from "../abuse/with-timeout.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { kickOutbox } from "../mail/outbox-worker.ts";
import { siteOrigin } from "../share/site-origin.ts";
import { reviseInitiative } from "./revise-initiative.ts";
import { parseRevision, type RevisionField } from "./revision-schema.ts";
import { type RevisionState, revisedValues } from "./revision-state.ts";
import { translatedFieldError } from "./translated-field-error.ts";

export type ReceivedRevision = { kind: "stored"; reference: string } | { kind: "refused"; state: RevisionState };

/**
 * A submitter's corrected initiative from the status page. Each try counts against the
 * same per-client limit as looking a reference up, so the form cannot be used to guess
 * references. Past loading its words it never throws: a refusal comes back as the form's
 * state in the visitor's words, and anything unexpected as "busy, try again".
 */
export async function receiveRevision(input: Record<string, unknown>, locale: "nl" | "en", attempt: number): Promise<ReceivedRevision> {
  const [form, status, lookup] = await Promise.all([
    getTranslations({ locale, namespace: "initiativeForm" }),
    getTranslations({ locale, namespace: "initiativeStatus.revise" }),
    getTranslations({ locale, namespace: "initiativeStatus" }),
  ]);
  const gemeente = getMunicipalityConfig().name;
  const refuse = (formError: string | null, errors: RevisionState["errors"] = {}): ReceivedRevision => ({
    kind: "refused",
    state: { values: revisedValues(input), errors, formError, attempt },
  });
  try {
    const prisma = await getPrisma();
    const limit = await consumeRateLimit(prisma, statusLookupLimit(clientKey(await headers())));
    if (!limit.allowed) {
      const wait = waitMessage((key, values) => form(`overload.${key}` as never, values as never), limit.retryAfterSeconds);
      return refuse(`${lookup("tooManyLookups")} ${wait}`);
    }
    const parsed = parseRevision(input);
    if (!parsed.ok) {
      const errors = Object.fromEntries(
        Object.entries(parsed.fields).map(([field, key]) => [field, translatedFieldError((k, values) => form(k as never, values as never), key, gemeente)]),
      ) as Partial<Record<RevisionField, string>>;
      return refuse(parsed.form ? status("refused.expired") : null, errors);
    }
    const configured = getMunicipalityConfig().siteUrl;
    const origin = configured ? new URL(configured) : await siteOrigin();
    // A database that does not answer in time is "busy"; the version check makes a late write and a retry safe.
    const result = await withTimeout(reviseInitiative(prisma, parsed.revision, origin), SUBMISSION_TIMEOUT_MS);
    if (!result.ok) return refuse(status(`refused.${result.reason}`));
    kickOutbox();
    return { kind: "stored", reference: parsed.revision.reference };
  } catch (error) {
    console.error("initiative revision failed:", error instanceof Error ? error.message : error);
    return refuse(status("refused.busy"));
  }
}
