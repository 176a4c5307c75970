import { z } from "zod";

/** A buurt code from a URL: BU + 8 digits; lower case is accepted and normalised. */
export const BuurtCodeParam = z
  .string()
  .max(16)
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^BU\d{8}$/));
