import fs from "node:fs";
import path from "node:path";
import { importAreas } from "../areas/import-areas.ts";
import type { MunicipalityConfig } from "../config/municipality-config.ts";
import type { Database } from "../db/open-database.ts";
import { importCbsTable } from "../figures/import-cbs-table.ts";
import { importSource } from "../import/import-source.ts";

// The demo imports the real open data for Maashorst that sits beside the repository
// (../shared/data, see its PROVENANCE.md). A municipality's own files go through the
// same importers: npm run import:areas and npm run import:cbs.

export const DEMO_FILES = {
  buurten: "buurten_2022_maashorst_rd.geojson",
  cbsFields: "kwb_85984NED_2024_fields.csv",
  cbsFigures: "kwb_2024_maashorst_gemeente_wijk.csv",
} as const;

export const DEMO_CBS_TABLE = { tableId: "85984NED", year: 2024 } as const;

export function demoDataDir(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return path.resolve(root, env.BUURTBEELD_DEMO_DATA?.trim() || path.join("..", "shared", "data"));
}

export function missingDemoFiles(dir: string): string[] {
  return Object.values(DEMO_FILES).filter((file) => !fs.existsSync(path.join(dir, file)));
}

function read(dir: string, file: string) {
  const full = path.join(dir, file);
  return importSource(full, fs.readFileSync(full, "utf8"));
}

type Progress = (stage: string) => ((done: number, total: number) => void) | undefined;

/** Migrates and imports the demo areas and CBS figures; idempotent, so a re-run changes nothing. */
export async function importDemoData(db: Database, dir: string, config: MunicipalityConfig, progress?: Progress) {
  await db.migrate();
  const areas = await importAreas(db.prisma, [read(dir, DEMO_FILES.buurten)], {
    gemeenteCode: config.gemeenteCode,
    gemeenteName: config.name,
    progress,
  });
  const figures = await importCbsTable(db.prisma, read(dir, DEMO_FILES.cbsFields), read(dir, DEMO_FILES.cbsFigures), {
    gemeenteCode: config.gemeenteCode,
    ...DEMO_CBS_TABLE,
    onProgress: progress?.("write"),
  });
  return { areas: areas.summary, figures: figures.summary };
}
