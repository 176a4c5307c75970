import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client.ts";
import { DEFAULT_PARAMETERS } from "@/lib/disclosure/parameters.ts";
import { getDownloadData } from "@/lib/downloads/get-download-data.ts";

// The read as the route uses it, over an in-memory stand-in for the few Prisma calls it
// makes: which release, which cells, and when there is nothing to download.

const square = { type: "Polygon", coordinates: [[[5.6, 51.6], [5.61, 51.6], [5.61, 51.61], [5.6, 51.6]]] };
const AREAS = [
  { code: "GM1991", name: "Maashorst", level: "GEMEENTE", year: 2022, parentCode: null, geometry: square },
  { code: "WK199101", name: "Uden", level: "WIJK", year: 2022, parentCode: "GM1991", geometry: square },
  { code: "BU19910101", name: "Centrum", level: "BUURT", year: 2022, parentCode: "WK199101", geometry: square },
  { code: "BU19910102", name: "Hoef", level: "BUURT", year: 2022, parentCode: "WK199101", geometry: square },
];

interface Value {
  releaseId: number;
  indicatorCode: string;
  year: number;
  areaCode: string;
  category: string;
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
  count: number | null;
  base: number | null;
  rate: number | null;
}

const value = (releaseId: number, indicatorCode: string, year: number, areaCode: string, category = "totaal", count: number | null = 45): Value => ({
  releaseId,
  indicatorCode,
  year,
  areaCode,
  category,
  status: count === null ? "SUPPRESSED" : "PUBLISHED",
  count,
  base: count === null ? null : 1400,
  rate: count === null ? null : 3.2,
});

function fakePrisma(options: { release?: { id: number; years: number[]; parameters: unknown } | null; values?: Value[]; areas?: typeof AREAS } = {}) {
  const release = options.release === undefined ? { id: 7, years: [2023, 2024], parameters: DEFAULT_PARAMETERS } : options.release;
  const values = options.values ?? [];
  const areas = options.areas ?? AREAS;
  const fake = {
    release: {
      findFirst: async () => (release ? { id: release.id, isDemo: true, years: release.years, createdAt: new Date("2025-03-03T10:00:00Z") } : null),
      findUnique: async ({ where }: { where: { id: number } }) => (release && where.id === release.id ? { parameters: release.parameters } : null),
    },
    area: { findMany: async () => areas },
    indicator: {
      findUnique: async ({ where }: { where: { code: string } }) =>
        where.code === "bijstand"
          ? {
              code: "bijstand",
              nameNl: "Bijstand",
              nameEn: "Social assistance",
              definitionNl: "d",
              definitionEn: "d",
              sourceNl: "s",
              sourceEn: "s",
              rateScale: 100,
              base: { nameNl: "Inwoners van 18 jaar of ouder", nameEn: "Residents aged 18 or older" },
            }
          : null,
    },
    publishedValue: {
      findMany: async ({ where }: { where: { releaseId: number; indicatorCode: string; year: number; category: string; areaCode: { in: string[] } } }) =>
        values.filter(
          (row) =>
            row.releaseId === where.releaseId &&
            row.indicatorCode === where.indicatorCode &&
            row.year === where.year &&
            row.category === where.category &&
            where.areaCode.in.includes(row.areaCode),
        ),
    },
  };
  return fake as unknown as PrismaClient;
}

const MAASHORST = { gemeenteCode: "GM1991", year: 2022 };

describe("getDownloadData", () => {
  it("reads the totals of the current release for the gemeente, its wijken and buurten", async () => {
    const prisma = fakePrisma({
      values: [
        value(7, "bijstand", 2024, "GM1991", "totaal", 1235),
        value(7, "bijstand", 2024, "BU19910101", "totaal", null),
        // Not this download: another category, year, indicator, release or gemeente.
        value(7, "bijstand", 2024, "GM1991", "18-26", 100),
        value(7, "bijstand", 2023, "WK199101"),
        value(7, "wmo_totaal", 2024, "WK199101"),
        value(6, "bijstand", 2024, "WK199101"),
        value(7, "bijstand", 2024, "BU07960101"),
      ],
    });
    const result = await getDownloadData(prisma, { indicator: "bijstand", year: 2024 }, MAASHORST);
    expect(result.kind).toBe("data");
    if (result.kind !== "data") return;
    const { data } = result;
    expect(data.release).toMatchObject({ id: 7, isDemo: true, parameters: DEFAULT_PARAMETERS });
    expect(data.indicator).toMatchObject({ code: "bijstand", rateScale: 100, base: { nl: "Inwoners van 18 jaar of ouder" } });
    expect(data.gemeente).toEqual({ code: "GM1991", name: "Maashorst" });
    expect(data.areas.map((area) => [area.level, area.code, area.parentCode])).toEqual([
      ["GEMEENTE", "GM1991", null],
      ["WIJK", "WK199101", "GM1991"],
      ["BUURT", "BU19910101", "WK199101"],
      ["BUURT", "BU19910102", "WK199101"],
    ]);
    expect([...data.cells.keys()].sort()).toEqual(["BU19910101", "GM1991"]);
    expect(data.cells.get("GM1991")).toEqual({ status: "PUBLISHED", count: 1235, base: 1400, rate: 3.2 });
    expect(data.cells.get("BU19910101")).toEqual({ status: "SUPPRESSED", count: null, base: null, rate: null });
  });

  it("says there is no release before the first publication or without areas", async () => {
    expect(await getDownloadData(fakePrisma({ release: null }), { indicator: "bijstand", year: 2024 }, MAASHORST)).toEqual({ kind: "no-release" });
    expect(await getDownloadData(fakePrisma({ release: { id: 7, years: [], parameters: {} } }), { indicator: "bijstand", year: 2024 }, MAASHORST)).toEqual({ kind: "no-release" });
    expect(await getDownloadData(fakePrisma({ areas: [] }), { indicator: "bijstand", year: 2024 }, MAASHORST)).toEqual({ kind: "no-release" });
  });

  it("does not know a year outside the release, an indicator outside the catalogue, or one without values that year", async () => {
    const prisma = fakePrisma({ values: [value(7, "bijstand", 2024, "GM1991"), value(7, "wmo_totaal", 2024, "GM1991")] });
    expect(await getDownloadData(prisma, { indicator: "bijstand", year: 2022 }, MAASHORST)).toEqual({ kind: "unknown-choice" });
    expect(await getDownloadData(prisma, { indicator: "wmo_totaal", year: 2024 }, MAASHORST)).toEqual({ kind: "unknown-choice" });
    expect(await getDownloadData(prisma, { indicator: "bijstand", year: 2023 }, MAASHORST)).toEqual({ kind: "unknown-choice" });
  });

  it("leaves the rules to the configuration when the release's record does not read as parameters", async () => {
    const prisma = fakePrisma({ release: { id: 7, years: [2024], parameters: { threshold: "ten" } }, values: [value(7, "bijstand", 2024, "GM1991")] });
    const result = await getDownloadData(prisma, { indicator: "bijstand", year: 2024 }, MAASHORST);
    expect(result.kind === "data" && result.data.release.parameters).toBeNull();
  });
});
