import { randomBytes } from "node:crypto";
import type { InitiativeStatus, PrismaClient, SubmitterKind } from "@/lib/db/generated/client.ts";

export interface TestInitiative {
  title?: string;
  description?: string;
  category?: string;
  submitterKind?: SubmitterKind;
  buurtCode?: string;
  lon?: number | null;
  lat?: number | null;
  status?: InitiativeStatus;
  publicReason?: string | null;
  /** Every status it went through, oldest first; the last one is its status. */
  history?: { status: InitiativeStatus; publicReason?: string | null; changedAt: Date }[];
  contact?: { email: string; locale?: string; unsubscribedAt?: Date | null } | null;
}

const word = () => randomBytes(6).toString("hex");

/** An initiative as moderation would have left it, written straight to the database. */
export async function createTestInitiative(prisma: PrismaClient, input: TestInitiative = {}) {
  const status = input.status ?? input.history?.at(-1)?.status ?? "SUBMITTED";
  const history = input.history ?? [{ status, publicReason: input.publicReason ?? null, changedAt: new Date() }];
  const published = history.find((change) => change.status === "PUBLISHED");
  return prisma.initiative.create({
    data: {
      reference: `T-${word()}`.toUpperCase(),
      idempotencyKey: `test-${word()}`,
      title: input.title ?? `Initiatief ${word()}`,
      description: input.description ?? "Een beschrijving.",
      category: input.category ?? "groen",
      submitterKind: input.submitterKind ?? "RESIDENT",
      areaYear: 2022,
      buurtCode: input.buurtCode ?? "BU19910101",
      lon: input.lon === undefined ? 5.617 : input.lon,
      lat: input.lat === undefined ? 51.66 : input.lat,
      status,
      publicReason: input.publicReason ?? null,
      publishedAt: published?.changedAt ?? null,
      history: { create: history.map((change) => ({ status: change.status, publicReason: change.publicReason ?? null, changedAt: change.changedAt })) },
      ...(input.contact
        ? {
            contact: {
              create: {
                email: input.contact.email,
                locale: input.contact.locale ?? "nl",
                unsubscribeToken: randomBytes(32).toString("base64url"),
                unsubscribedAt: input.contact.unsubscribedAt ?? null,
              },
            },
          }
        : {}),
    },
    include: { contact: true },
  });
}

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
