import "server-only";
import type { PrismaClient } from "./generated/client.ts";
import { getServerDatabase } from "./server-database.ts";

export async function getPrisma(): Promise<PrismaClient> {
  return (await getServerDatabase()).prisma;
}
