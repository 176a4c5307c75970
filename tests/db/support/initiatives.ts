import { randomBytes } from "node:crypto";
import type { InitiativeStatus, PrismaClient } from "@/lib/db/generated/client.ts";

let counter = 0;

/** An initiative written directly, as the submission form would leave it, with a contact unless told otherwise. */
export async function insertInitiative(
  prisma: PrismaClient,
  options: { status?: InitiativeStatus; email?: string | null; title?: string; createdAt?: Date; publishedAt?: Date | null; buurtCode?: string; locale?: string } = {},
) {
  counter += 1;
  const status = options.status ?? "SUBMITTED";
  const createdAt = options.createdAt ?? new Date();
  return prisma.initiative.create({
    data: {
      reference: `T${counter}${randomBytes(4).toString("hex")}`.slice(0, 20),
      idempotencyKey: randomBytes(16).toString("hex"),
      title: options.title ?? `Bankje bij de speeltuin ${counter}`,
      description: "Een bankje zodat ouders kunnen zitten.",
      category: "spelen-sport",
      submitterKind: "RESIDENT",
      areaYear: 2022,
      buurtCode: options.buurtCode ?? "BU19910101",
      status,
      createdAt,
      updatedAt: createdAt,
      publishedAt: options.publishedAt ?? (["PUBLISHED", "IN_PROGRESS", "REALISED", "CLOSED"].includes(status) ? createdAt : null),
      ...(options.email === null
        ? {}
        : {
            contact: {
              create: { email: options.email ?? `indiener${counter}@example.nl`, locale: options.locale ?? "nl", unsubscribeToken: randomBytes(24).toString("base64url"), createdAt },
            },
          }),
    },
  });
}
