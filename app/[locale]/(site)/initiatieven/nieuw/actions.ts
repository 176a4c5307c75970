"use server";

import { redirect } from "next/navigation";
import { readPublicForm } from "@/lib/initiatives/read-public-form.ts";
import { receiveSubmission } from "@/lib/initiatives/receive-submission.ts";
import type { SubmissionState } from "@/lib/initiatives/submission-state.ts";
import { routes } from "@/lib/routes.ts";

/**
 * The initiative form's Server Action, with and without script. A stored (or already stored)
 * form goes on to its status page (post/redirect/get, so a reload sends nothing twice);
 * anything else comes back as the form's state. The previous state is not trusted or used:
 * without script it is whatever the page echoed in hidden fields.
 */
export async function submitInitiative(previous: SubmissionState | null, formData: FormData): Promise<SubmissionState> {
  const { input, locale, attempt } = readPublicForm(previous, formData);
  const received = await receiveSubmission(input, locale, attempt);
  if (received.kind === "stored") redirect(routes.initiativeStatus(locale, received.reference));
  return received.state;
}
