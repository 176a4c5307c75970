import { z } from "zod";

/** A submitter's address as they may have typed it: matched without regard to case. */
const SubmitterEmail = z.string("required").trim().min(1, "required").max(254, "tooLong").pipe(z.email("invalidEmail"));

export const LookupSubmitterForm = z.object({ email: SubmitterEmail });

export const DeleteSubmitterForm = z.object({
  email: SubmitterEmail,
  includeUnpublished: z.literal("on").optional().transform((value) => value === "on"),
  // Deleting cannot be undone: the box must be ticked on purpose.
  confirm: z.literal("on", "confirmRequired"),
});
