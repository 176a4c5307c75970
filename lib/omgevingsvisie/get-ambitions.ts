import type { PrismaClient } from "../db/generated/client.ts";
import type { AreaGeometry } from "../geo/geometry.ts";

export interface AmbitionView {
  id: string;
  theme: string;
  title: { nl: string; en: string };
  text: { nl: string; en: string };
  status: string;
  documentUrl: string | null;
  geometry: AreaGeometry;
  isDemo: boolean;
  /** The buurten of the division the ambition's area touches, largest share of the buurt first. */
  buurten: { code: string; shareOfBuurt: number; shareOfAmbition: number }[];
}

type Row = {
  id: string;
  theme: string;
  titleNl: string;
  titleEn: string;
  textNl: string;
  textEn: string;
  status: string;
  documentUrl: string | null;
  geometry: unknown;
  isDemo: boolean;
  buurten: { buurtCode: string; shareOfBuurt: number; shareOfAmbition: number }[];
};

function toView(row: Row): AmbitionView {
  return {
    id: row.id,
    theme: row.theme,
    title: { nl: row.titleNl, en: row.titleEn },
    text: { nl: row.textNl, en: row.textEn },
    status: row.status,
    documentUrl: row.documentUrl,
    geometry: row.geometry as AreaGeometry,
    isDemo: row.isDemo,
    buurten: row.buurten.map((overlap) => ({ code: overlap.buurtCode, shareOfBuurt: overlap.shareOfBuurt, shareOfAmbition: overlap.shareOfAmbition })),
  };
}

const include = (areaYear: number) => ({
  buurten: {
    where: { areaYear },
    select: { buurtCode: true, shareOfBuurt: true, shareOfAmbition: true },
    orderBy: [{ shareOfBuurt: "desc" as const }, { buurtCode: "asc" as const }],
  },
});

/** Every ambition in the vision's own order, with the buurten it touches. */
export async function getAmbitions(prisma: PrismaClient, areaYear: number): Promise<AmbitionView[]> {
  const rows = await prisma.ambition.findMany({ include: include(areaYear), orderBy: [{ position: "asc" }, { id: "asc" }] });
  return rows.map(toView);
}

/** One ambition by its id, or null. */
export async function getAmbition(prisma: PrismaClient, id: string, areaYear: number): Promise<AmbitionView | null> {
  const row = await prisma.ambition.findUnique({ where: { id }, include: include(areaYear) });
  return row ? toView(row) : null;
}
