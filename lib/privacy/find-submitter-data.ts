import type { Prisma } from "../db/generated/client.ts";

/** Addresses are matched without regard to case: a submitter may type theirs differently each time. */
export function contactsOf(email: string): Prisma.InitiativeContactWhereInput {
  return { email: { equals: email.trim(), mode: "insensitive" } };
}

export function mailsTo(email: string): Prisma.OutboxMailWhereInput {
  return { to: { equals: email.trim(), mode: "insensitive" } };
}
