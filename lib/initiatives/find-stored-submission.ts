import type { PrismaClient } from "../db/generated/client.ts";

/** The reference of a form that was already stored under this idempotency key, or null. */
export async function findStoredSubmission(prisma: PrismaClient, idempotencyKey: string): Promise<string | null> {
  const row = await prisma.initiative.findUnique({ where: { idempotencyKey }, select: { reference: true } });
  return row?.reference ?? null;
}
