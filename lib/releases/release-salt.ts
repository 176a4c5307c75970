import { z } from "zod";

/** Only for generated demo data: a real release needs its own secret key. */
export const DEMO_SALT = "buurtbeeld-demo-data-only";

const Salt = z.string().min(16);

/** The secret that seeds rounding: from BUURTBEELD_RELEASE_SALT, or the demo salt for demo data. */
export function releaseSalt(env: NodeJS.ProcessEnv, demo: boolean): string | undefined {
  const parsed = Salt.safeParse(env.BUURTBEELD_RELEASE_SALT?.trim());
  if (parsed.success) return parsed.data;
  return demo ? DEMO_SALT : undefined;
}
