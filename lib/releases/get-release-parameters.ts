import type { PrismaClient } from "../db/generated/client.ts";
import { type DisclosureParameters, DisclosureParametersSchema } from "../disclosure/parameters.ts";

/**
 * The disclosure parameters a release was protected with, as stored beside it; null when
 * the stored record does not read as parameters (a release older than the schema). The
 * rules they set (threshold, rounding base) are public; the salt is never stored there.
 */
export async function getReleaseParameters(prisma: PrismaClient, releaseId: number): Promise<DisclosureParameters | null> {
  const release = await prisma.release.findUnique({ where: { id: releaseId }, select: { parameters: true } });
  const parsed = DisclosureParametersSchema.safeParse(release?.parameters);
  return parsed.success ? parsed.data : null;
}
