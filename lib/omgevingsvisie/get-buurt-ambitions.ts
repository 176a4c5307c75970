import type { PrismaClient } from "../db/generated/client.ts";

export interface BuurtAmbition {
  id: string;
  theme: string;
  title: { nl: string; en: string };
  status: string;
  isDemo: boolean;
  shareOfBuurt: number;
}

/** The ambitions whose area touches a buurt, the largest share of the buurt first. */
export async function getBuurtAmbitions(prisma: PrismaClient, buurtCode: string, areaYear: number): Promise<BuurtAmbition[]> {
  const rows = await prisma.ambitionBuurt.findMany({
    where: { buurtCode, areaYear },
    select: { shareOfBuurt: true, ambition: { select: { id: true, theme: true, titleNl: true, titleEn: true, status: true, isDemo: true, position: true } } },
  });
  return rows
    .sort((a, b) => b.shareOfBuurt - a.shareOfBuurt || a.ambition.position - b.ambition.position)
    .map(({ shareOfBuurt, ambition }) => ({
      id: ambition.id,
      theme: ambition.theme,
      title: { nl: ambition.titleNl, en: ambition.titleEn },
      status: ambition.status,
      isDemo: ambition.isDemo,
      shareOfBuurt,
    }));
}
