import { z } from "zod";

// Policy, not code: the municipality may tighten these in its configuration. The audit
// parameters and the salt are never published; the rules are (the explanation page).
export const DisclosureParametersSchema = z
  .object({
    /** P1: a count 0 < n < threshold (or a non-structural 0) is unsafe; also the minimum of a virtual sum. */
    threshold: z.int().min(3).max(100).default(10),
    /** Protection level: an attacker's interval must reach this far on both sides of a hidden primary. */
    protection: z.int().min(1).max(50).default(5),
    /** Published counts are multiples of this, by unbiased random rounding. */
    roundingBase: z.int().min(1).max(100).default(5),
    /** P3: a rate needs a published denominator of at least this. */
    minRateDenominator: z.int().min(1).max(10_000).default(100),
  })
  .strict();

export type DisclosureParameters = z.infer<typeof DisclosureParametersSchema>;

export const DEFAULT_PARAMETERS: DisclosureParameters = DisclosureParametersSchema.parse({});
