import type { InitiativeStatus, PrismaClient, SubmitterKind } from "../db/generated/client.ts";

/**
 * An initiative as a moderator sees it: everything but the submitter's address. Whether
 * mails reach the submitter is shown; the address itself is a matter for a data request.
 */
export interface StaffInitiative {
  id: number;
  reference: string;
  title: string;
  description: string;
  category: string;
  submitterKind: SubmitterKind;
  buurtCode: string;
  buurtName: string | null;
  areaYear: number;
  point: [number, number] | null;
  status: InitiativeStatus;
  publicReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  mail: "none" | "active" | "unsubscribed";
  history: { status: InitiativeStatus; publicReason: string | null; changedAt: Date }[];
}

export async function getStaffInitiative(prisma: PrismaClient, id: number): Promise<StaffInitiative | null> {
  const row = await prisma.initiative.findUnique({
    where: { id },
    select: {
      id: true,
      reference: true,
      title: true,
      description: true,
      category: true,
      submitterKind: true,
      buurtCode: true,
      areaYear: true,
      lon: true,
      lat: true,
      status: true,
      publicReason: true,
      createdAt: true,
      updatedAt: true,
      publishedAt: true,
      contact: { select: { unsubscribedAt: true } },
      history: { select: { status: true, publicReason: true, changedAt: true }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) return null;
  const buurt = await prisma.area.findUnique({ where: { year_code: { year: row.areaYear, code: row.buurtCode } }, select: { name: true } });
  const { contact, lon, lat, ...rest } = row;
  return {
    ...rest,
    buurtName: buurt?.name ?? null,
    point: lon !== null && lat !== null ? [lon, lat] : null,
    mail: !contact ? "none" : contact.unsubscribedAt ? "unsubscribed" : "active",
  };
}
