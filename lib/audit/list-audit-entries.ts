import type { PrismaClient } from "../db/generated/client.ts";

export interface AuditEntryView {
  id: number;
  at: Date;
  staffId: number | null;
  staffName: string;
  action: string;
  initiativeId: number | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntryView[];
  page: number;
  pageCount: number;
  total: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, one page at a time; a page past the end shows the last one. */
export async function listAuditEntries(prisma: PrismaClient, page: number, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const total = await prisma.auditEntry.count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const entries = await prisma.auditEntry.findMany({
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: { id: true, at: true, staffId: true, staffName: true, action: true, initiativeId: true, before: true, after: true },
  });
  return { entries, page: current, pageCount, total };
}
