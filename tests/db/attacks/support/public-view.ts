import type { Database } from "@/lib/db/open-database.ts";
import { type CbsFigureTable, getCbsFigures } from "@/lib/figures/get-cbs-figures.ts";
import { getCurrentRelease } from "@/lib/releases/get-current-release.ts";
import { getReleasedValues, type ReleasedValue } from "@/lib/releases/get-released-values.ts";
import { registerKey } from "./register.ts";
import type { Division } from "./world.ts";

// The attacker's material: what the site serves. The published values of a release are
// read through the functions the pages, API and downloads use (getCurrentRelease,
// getReleasedValues), and CBS key figures through getCbsFigures. Nothing here reads a raw
// count: there is none in the database to read.

export interface PublicRelease {
  releaseId: number;
  years: number[];
  /** Every value of the release, keyed indicator|year|area|category. */
  values: Map<string, ReleasedValue>;
  get(indicator: string, year: number, area: string, category?: string): ReleasedValue;
}

export async function readRelease(db: Database, division: Division, releaseId?: number): Promise<PublicRelease> {
  const current = await getCurrentRelease(db.prisma);
  const id = releaseId ?? current?.id;
  if (id === undefined) throw new Error("nothing is published");
  const rows = await getReleasedValues(db.prisma, id, division.areas, { categories: "all" });
  const values = new Map(rows.map((row) => [registerKey(row.indicatorCode, row.year, row.areaCode, row.category), row]));
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  return {
    releaseId: id,
    years,
    values,
    get(indicator, year, area, category = "totaal") {
      const value = values.get(registerKey(indicator, year, area, category));
      if (!value) throw new Error(`release ${id} has no value for ${registerKey(indicator, year, area, category)}`);
      return value;
    },
  };
}

/** CBS key figures for every area of the division, as the buurt pages show them. */
export async function readCbsFigures(db: Database, division: Division): Promise<CbsFigureTable | null> {
  return getCbsFigures(db.prisma, division.areas);
}
