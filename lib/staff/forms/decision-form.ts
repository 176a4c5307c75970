import { z } from "zod";
import { InitiativeStatus } from "../../db/generated/enums.ts";
import { INITIATIVE_CATEGORY_CODES } from "../../initiatives/initiative-categories.ts";
import { PROGRESS_STATUSES } from "../../moderation/decide-initiative.ts";

// The moderation forms as they arrive: text fields only. Message keys are under
// staff.fieldErrors; limits follow the columns of the Initiative table.

const InitiativeId = z.coerce.number().int().positive().max(2_147_483_647);
/** The status the form was shown for: a decision on a changed initiative is refused. */
const ExpectedStatus = z.enum(Object.values(InitiativeStatus) as [InitiativeStatus, ...InitiativeStatus[]]);
const Reason = z.string("required").trim().min(1, "required").max(1000, "tooLong");
const OptionalNote = z
  .string()
  .trim()
  .max(1000, "tooLong")
  .optional()
  .transform((note) => (note ? note : null));

export const DecisionForm = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("publish"), initiativeId: InitiativeId, expectedStatus: ExpectedStatus }),
  z.object({ decision: z.literal("reject"), initiativeId: InitiativeId, expectedStatus: ExpectedStatus, reason: Reason }),
  z.object({ decision: z.literal("requestChanges"), initiativeId: InitiativeId, expectedStatus: ExpectedStatus, reason: Reason }),
  z.object({ decision: z.literal("progress"), initiativeId: InitiativeId, expectedStatus: ExpectedStatus, to: z.enum(PROGRESS_STATUSES, "choose"), note: OptionalNote }),
]);

export type DecisionInput = z.output<typeof DecisionForm>;

export const EditForm = z.object({
  initiativeId: InitiativeId,
  /** updatedAt in milliseconds when the form was shown. */
  version: z.coerce.number().int().nonnegative(),
  title: z.string("required").trim().min(1, "required").max(120, "tooLong"),
  description: z.string("required").trim().min(1, "required").max(4000, "tooLong"),
  category: z.enum(INITIATIVE_CATEGORY_CODES, "choose"),
});
