"use server";

import { redirect } from "next/navigation";
import { readPublicForm } from "@/lib/initiatives/read-public-form.ts";
import { receiveRevision } from "@/lib/initiatives/receive-revision.ts";
import type { RevisionState } from "@/lib/initiatives/revision-state.ts";
import { routes } from "@/lib/routes.ts";

/**
 * The submitter's answer to a request for change. Stored, it goes back to the status page
 * (post/redirect/get), where the initiative reads "received" again; anything else comes
 * back as the form's state. The previous state is not trusted beyond counting answers.
 */
export async function reviseInitiativeAction(previous: RevisionState | null, formData: FormData): Promise<RevisionState> {
  const { input, locale, attempt } = readPublicForm(previous, formData);
  const received = await receiveRevision(input, locale, attempt);
  if (received.kind === "stored") redirect(routes.initiativeStatus(locale, received.reference));
  return received.state;
}
