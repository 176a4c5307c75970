import { getAreaDivision } from "../areas/get-area-division.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import type { DisclosureParameters } from "../disclosure/parameters.ts";
import type { AreaGeometry } from "../geo/geometry.ts";
import { TOTAL_CATEGORY } from "../indicators/catalogue-schema.ts";
import { getCurrentRelease } from "../releases/get-current-release.ts";
import { getReleaseParameters } from "../releases/get-release-parameters.ts";
import type { DownloadArea, DownloadCell } from "./to-download-rows.ts";

type Text = { nl: string; en: string };

export interface DownloadData {
  release: { id: number; isDemo: boolean; createdAt: Date; parameters: DisclosureParameters | null };
  indicator: { code: string; name: Text; definition: Text; source: Text; base: Text; rateScale: number };
  year: number;
  areaYear: number;
  gemeente: { code: string; name: string };
  areas: (DownloadArea & { geometry: AreaGeometry })[];
  /** Area code → the indicator's total in that area; a missing area has no data. */
  cells: Map<string, DownloadCell>;
}

export type DownloadDataResult = { kind: "data"; data: DownloadData } | { kind: "no-release" } | { kind: "unknown-choice" };

/**
 * One indicator and year of the current protected release for the gemeente, every wijk and
 * every buurt of the portal's division: the same totals the buurt page and the map read.
 * An indicator the release holds no value of in that year is not a download.
 */
export async function getDownloadData(
  prisma: PrismaClient,
  choice: { indicator: string; year: number },
  area: { gemeenteCode: string; year: number },
): Promise<DownloadDataResult> {
  const [release, division] = await Promise.all([getCurrentRelease(prisma), getAreaDivision(prisma, area.gemeenteCode, area.year)]);
  if (!release || release.years.length === 0 || !division) return { kind: "no-release" };
  if (!release.years.includes(choice.year)) return { kind: "unknown-choice" };
  const areas = [
    { ...division.gemeente, parentCode: null },
    ...division.wijken.flatMap((wijk) => [wijk, ...wijk.buurten]),
  ].map((row) => ({ level: row.level, code: row.code, name: row.name, parentCode: row.parentCode, geometry: row.geometry }));
  const [indicator, values, parameters] = await Promise.all([
    prisma.indicator.findUnique({ where: { code: choice.indicator }, include: { base: true } }),
    prisma.publishedValue.findMany({
      where: {
        releaseId: release.id,
        indicatorCode: choice.indicator,
        year: choice.year,
        category: TOTAL_CATEGORY,
        areaCode: { in: areas.map((row) => row.code) },
      },
      select: { areaCode: true, status: true, count: true, base: true, rate: true },
    }),
    getReleaseParameters(prisma, release.id),
  ]);
  if (!indicator || values.length === 0) return { kind: "unknown-choice" };
  return {
    kind: "data",
    data: {
      release: { id: release.id, isDemo: release.isDemo, createdAt: release.createdAt, parameters },
      indicator: {
        code: indicator.code,
        name: { nl: indicator.nameNl, en: indicator.nameEn },
        definition: { nl: indicator.definitionNl, en: indicator.definitionEn },
        source: { nl: indicator.sourceNl, en: indicator.sourceEn },
        base: { nl: indicator.base.nameNl, en: indicator.base.nameEn },
        rateScale: indicator.rateScale,
      },
      year: choice.year,
      areaYear: division.year,
      gemeente: { code: division.gemeente.code, name: division.gemeente.name },
      areas,
      cells: new Map(values.map((value) => [value.areaCode, { status: value.status, count: value.count, base: value.base, rate: value.rate }])),
    },
  };
}
