import { z } from "zod";

/** An initiative's id in a URL: the canonical decimal form only, so one initiative has one address. */
export const InitiativeIdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/)
  .transform(Number);
