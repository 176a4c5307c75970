import type { PrismaClient, StaffRole } from "../db/generated/client.ts";

export interface StaffUserView {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  createdAt: Date;
  disabledAt: Date | null;
}

export async function listStaffUsers(prisma: PrismaClient): Promise<StaffUserView[]> {
  return prisma.staffUser.findMany({
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
  });
}
