"use server";

import { redirect } from "next/navigation";
import { isInitiativeCategory } from "../../initiatives/initiative-categories.ts";
import { kickOutbox } from "../../mail/outbox-worker.ts";
import { type Decision, decideInitiative } from "../../moderation/decide-initiative.ts";
import { editInitiative } from "../../moderation/edit-initiative.ts";
import { routes, withQuery } from "../../routes.ts";
import { siteOrigin } from "../../share/site-origin.ts";
import { refuse } from "../action-state.ts";
import { DecisionForm, type DecisionInput, EditForm } from "../forms/decision-form.ts";
import { staffAction } from "../staff-action-server.ts";

function decisionOf(input: DecisionInput): Decision {
  switch (input.decision) {
    case "publish":
      return { kind: "publish" };
    case "reject":
      return { kind: "reject", publicReason: input.reason };
    case "requestChanges":
      return { kind: "requestChanges", publicReason: input.reason };
    case "progress":
      return { kind: "progress", to: input.to, publicReason: input.note };
  }
}

/** Approve, reject, ask for a change, or move a published initiative on. */
export const decide = staffAction({ role: "MODERATOR", schema: DecisionForm }, async (input, { staff, prisma, t, locale }) => {
  const result = await decideInitiative(prisma, {
    initiativeId: input.initiativeId,
    expectedStatus: input.expectedStatus,
    decision: decisionOf(input),
    actor: { id: staff.id, name: staff.name },
    origin: await siteOrigin(),
  });
  if (!result.ok) return refuse(result.reason, t(`decision.refused.${result.reason}`));
  // The decision's mail is in the outbox now; send it without waiting for the timer.
  kickOutbox();
  redirect(withQuery(routes.staffInitiative(locale, input.initiativeId), { melding: `status-${result.status}` }));
});

/** A typo fixed in the title, description or category, recorded before and after. */
export const edit = staffAction({ role: "MODERATOR", schema: EditForm }, async (input, { staff, prisma, t, locale }) => {
  if (!isInitiativeCategory(input.category)) return refuse("invalid", t("guard.invalid"));
  const result = await editInitiative(prisma, {
    initiativeId: input.initiativeId,
    expectedVersion: new Date(input.version),
    changes: { title: input.title, description: input.description, category: input.category },
    actor: { id: staff.id, name: staff.name },
  });
  if (!result.ok) return refuse(result.reason, t(`decision.refused.${result.reason}`));
  redirect(withQuery(routes.staffInitiative(locale, input.initiativeId), { melding: result.changed.length > 0 ? "bewerkt" : "ongewijzigd" }));
});
