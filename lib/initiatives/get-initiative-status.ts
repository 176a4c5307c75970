import type { InitiativeStatus, PrismaClient } from "../db/generated/client.ts";
import { isPublicStatus } from "./initiative-status.ts";

/** What the holder of a reference may see: their initiative's status and the reasons given to them. Never the contact. */
export interface InitiativeStatusView {
  reference: string;
  title: string;
  /** The submitter's own text: shown to them only, to correct it when a change is asked for. */
  description: string;
  category: string;
  buurtCode: string;
  status: InitiativeStatus;
  publicReason: string | null;
  submittedAt: Date;
  /** Every change from submission on, with the reasons the municipality gave the submitter. */
  history: { status: InitiativeStatus; publicReason: string | null; changedAt: Date }[];
  /** The id of its public page, only once it is public. */
  publicId: number | null;
  /** When it last changed (ms): the revision form sends it back, so an answer to an older state is refused. */
  version: number;
}

/** The initiative with this reference (already normalised), or null. */
export async function getInitiativeStatus(prisma: PrismaClient, reference: string): Promise<InitiativeStatusView | null> {
  const row = await prisma.initiative.findUnique({
    where: { reference },
    select: {
      id: true,
      reference: true,
      title: true,
      description: true,
      category: true,
      buurtCode: true,
      status: true,
      publicReason: true,
      createdAt: true,
      updatedAt: true,
      history: { select: { status: true, publicReason: true, changedAt: true }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) return null;
  const { id, createdAt, updatedAt, ...rest } = row;
  return { ...rest, submittedAt: createdAt, publicId: isPublicStatus(row.status) ? id : null, version: updatedAt.getTime() };
}
