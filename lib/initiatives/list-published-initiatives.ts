import type { Prisma, PrismaClient, SubmitterKind } from "../db/generated/client.ts";
import { PUBLIC_STATUSES, type PublicInitiativeStatus } from "./initiative-status.ts";
import { publicPoint } from "./public-point.ts";

/** What anyone may see of an initiative. Contact data is in another table and never selected here. */
export interface PublishedInitiative {
  id: number;
  title: string;
  description: string;
  category: string;
  submitterKind: SubmitterKind;
  buurtCode: string;
  /** Coarsened to ~100 m; null when the submitter chose a buurt instead of a point. */
  point: [number, number] | null;
  status: PublicInitiativeStatus;
  publicReason: string | null;
  submittedAt: Date;
  publishedAt: Date;
  /** Changes from publication on; what moderation said before that stays between staff and submitter. */
  history: { status: PublicInitiativeStatus; publicReason: string | null; changedAt: Date }[];
}

export interface PublishedInitiativeFilter {
  buurtCode?: string;
  category?: string;
  status?: PublicInitiativeStatus;
  id?: number;
}

const SELECT = {
  id: true,
  title: true,
  description: true,
  category: true,
  submitterKind: true,
  buurtCode: true,
  lon: true,
  lat: true,
  status: true,
  publicReason: true,
  createdAt: true,
  publishedAt: true,
  history: {
    where: { status: { in: [...PUBLIC_STATUSES] } },
    select: { status: true, publicReason: true, changedAt: true },
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.InitiativeSelect;

/** Published initiatives, newest publication first; only public statuses ever leave here. */
export async function listPublishedInitiatives(prisma: PrismaClient, filter: PublishedInitiativeFilter = {}): Promise<PublishedInitiative[]> {
  const rows = await prisma.initiative.findMany({
    where: {
      status: filter.status ? filter.status : { in: [...PUBLIC_STATUSES] },
      ...(filter.buurtCode ? { buurtCode: filter.buurtCode } : {}),
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.id !== undefined ? { id: filter.id } : {}),
    },
    select: SELECT,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    category: row.category,
    submitterKind: row.submitterKind,
    buurtCode: row.buurtCode,
    point: publicPoint(row.lon, row.lat),
    status: row.status as PublicInitiativeStatus,
    publicReason: row.publicReason,
    submittedAt: row.createdAt,
    publishedAt: row.publishedAt ?? row.createdAt,
    history: row.history.map((change) => ({ ...change, status: change.status as PublicInitiativeStatus })),
  }));
}

/** One published initiative, or null when it does not exist or is not public. */
export async function getPublishedInitiative(prisma: PrismaClient, id: number): Promise<PublishedInitiative | null> {
  const [initiative] = await listPublishedInitiatives(prisma, { id });
  return initiative ?? null;
}
