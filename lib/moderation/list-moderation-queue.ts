import type { InitiativeStatus, PrismaClient } from "../db/generated/client.ts";

export interface QueueItem {
  id: number;
  title: string;
  category: string;
  buurtCode: string;
  buurtName: string | null;
  status: InitiativeStatus;
  submittedAt: Date;
  updatedAt: Date;
}

/** Statuses waiting for a moderator: new submissions and answers to a request for change. */
export const QUEUE_STATUSES = ["SUBMITTED", "CHANGES_REQUESTED"] as const satisfies readonly InitiativeStatus[];
/** Public initiatives that can still move on (in progress, realised, closed). */
export const ONGOING_STATUSES = ["PUBLISHED", "IN_PROGRESS", "REALISED"] as const satisfies readonly InitiativeStatus[];

const SELECT = { id: true, title: true, category: true, buurtCode: true, areaYear: true, status: true, createdAt: true, updatedAt: true } as const;

async function withBuurtNames(prisma: PrismaClient, rows: { id: number; title: string; category: string; buurtCode: string; areaYear: number; status: InitiativeStatus; createdAt: Date; updatedAt: Date }[]): Promise<QueueItem[]> {
  const areas = rows.length
    ? await prisma.area.findMany({
        where: { level: "BUURT", code: { in: [...new Set(rows.map((row) => row.buurtCode))] }, year: { in: [...new Set(rows.map((row) => row.areaYear))] } },
        select: { year: true, code: true, name: true },
      })
    : [];
  const names = new Map(areas.map((area) => [`${area.year}:${area.code}`, area.name]));
  return rows.map(({ areaYear, createdAt, ...row }) => ({ ...row, submittedAt: createdAt, buurtName: names.get(`${areaYear}:${row.buurtCode}`) ?? null }));
}

/** The moderation queue: oldest first, so nobody waits longest by accident. */
export async function listModerationQueue(prisma: PrismaClient): Promise<QueueItem[]> {
  const rows = await prisma.initiative.findMany({
    where: { status: { in: [...QUEUE_STATUSES] } },
    select: SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return withBuurtNames(prisma, rows);
}

/** Published initiatives that can still move on, most recently changed first. */
export async function listOngoingInitiatives(prisma: PrismaClient, limit = 100): Promise<QueueItem[]> {
  const rows = await prisma.initiative.findMany({
    where: { status: { in: [...ONGOING_STATUSES] } },
    select: SELECT,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return withBuurtNames(prisma, rows);
}
