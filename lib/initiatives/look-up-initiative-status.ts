import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { clientKey } from "../abuse/client-key.ts";
import { consumeRateLimit } from "../abuse/consume-rate-limit.ts";
import { statusLookupLimit } from "../abuse/submission-limits.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { getInitiativeStatus, type InitiativeStatusView } from "./get-initiative-status.ts";
import { normaliseInitiativeReference } from "./initiative-reference.ts";

export type StatusLookup =
  | { kind: "found"; status: InitiativeStatusView }
  | { kind: "not-found"; reference: string }
  | { kind: "malformed" }
  | { kind: "limited"; retryAfterSeconds: number };

/**
 * A reference typed on the status page. Every lookup counts against the client's limit,
 * malformed ones too, so references cannot be tried by the thousand; once per request,
 * however many parts of the page ask.
 */
export const lookUpInitiativeStatus = cache(async (asked: string): Promise<StatusLookup> => {
  const prisma = await getPrisma();
  const limit = await consumeRateLimit(prisma, statusLookupLimit(clientKey(await headers())));
  if (!limit.allowed) return { kind: "limited", retryAfterSeconds: limit.retryAfterSeconds };
  const reference = normaliseInitiativeReference(asked);
  if (!reference) return { kind: "malformed" };
  const status = await getInitiativeStatus(prisma, reference);
  return status ? { kind: "found", status } : { kind: "not-found", reference };
});
