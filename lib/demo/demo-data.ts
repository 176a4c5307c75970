import fs from "node:fs";
import path from "node:path";
import { importAreas } from "../areas/import-areas.ts";
import type { MunicipalityConfig } from "../config/municipality-config.ts";
import { loadHighs } from "../disclosure/audit/lp-intervals.ts";
import type { Database } from "../db/open-database.ts";
import { importDemoFacilities } from "../facilities/import-facilities.ts";
import { importCbsTable } from "../figures/import-cbs-table.ts";
import { importSource } from "../import/import-source.ts";
import { DEFAULT_CATALOGUE } from "../indicators/default-catalogue.ts";
import { importDemoAmbitions } from "../omgevingsvisie/import-ambitions.ts";
import { parseCatalogue } from "../indicators/parse-catalogue.ts";
import { writeCatalogue } from "../indicators/write-catalogue.ts";
import { inputFingerprint } from "../releases/input-fingerprint.ts";
import { type PublishOutcome, publishRelease } from "../releases/publish-release.ts";
import { DEMO_SALT } from "../releases/release-salt.ts";
import { generateRegisterCounts } from "./generate-register-counts.ts";
import { importDemoInitiatives } from "./import-demo-initiatives.ts";
import { loadDemoRegisterInput } from "./load-demo-register-input.ts";
import { toRegisterCsv } from "./to-register-csv.ts";

// The demo imports the real open data for Maashorst that sits beside the repository
// (../shared/data, see its PROVENANCE.md), then publishes generated register counts as a
// demo release. A municipality's own files go through the same importers: npm run
// import:areas, import:cbs, import:indicators and publish.

export const DEMO_FILES = {
  buurten: "buurten_2022_maashorst_rd.geojson",
  cbsFields: "kwb_85984NED_2024_fields.csv",
  cbsFigures: "kwb_2024_maashorst_gemeente_wijk.csv",
} as const;

export const DEMO_CBS_TABLE = { tableId: "85984NED", year: 2024 } as const;
export const DEMO_REGISTER = { seed: "buurtbeeld-demo", years: [2021, 2022, 2023, 2024] } as const;
export const DEMO_FACILITIES_SEED = "buurtbeeld-demo-voorzieningen";

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

/**
 * Migrates and imports the demo areas, CBS figures and indicator catalogue, then
 * publishes generated register counts as a demo release. The generated counts stay in
 * memory; only the protected release is stored. Then the generated demo facilities, our
 * example Omgevingsvisie ambitions and a few invented initiatives, unless the municipality
 * has its own. Idempotent: the same demo release, facilities, ambitions and initiatives are
 * not written twice.
 */
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
  const catalogueSource = importSource(DEFAULT_CATALOGUE, fs.readFileSync(DEFAULT_CATALOGUE, "utf8"));
  const catalogue = parseCatalogue(catalogueSource.content, catalogueSource.file);
  await writeCatalogue(db.prisma, catalogue, catalogueSource);

  const registerInput = await loadDemoRegisterInput(db.prisma, config.gemeenteCode, config.areaYear);
  const csv = toRegisterCsv(generateRegisterCounts({ ...registerInput, catalogue, years: [...DEMO_REGISTER.years], seed: DEMO_REGISTER.seed }));
  const current = await db.prisma.release.findFirst({ where: { status: "CURRENT" }, select: { id: true, isDemo: true, inputFingerprint: true } });
  let release: PublishOutcome | { releaseId: number; reused: true };
  if (current?.isDemo && current.inputFingerprint === inputFingerprint(DEMO_SALT, csv)) {
    release = { releaseId: current.id, reused: true };
  } else {
    release = await publishRelease(db, importSource("demo-register.csv", csv), {
      gemeenteCode: config.gemeenteCode,
      divisionYear: config.areaYear,
      parameters: config.disclosure,
      salt: DEMO_SALT,
      isDemo: true,
      highs: await loadHighs(),
      progress,
    });
    if (release.releaseId === null) {
      throw new Error("The demo release did not pass its audit; nothing was published. See npm run publish for the report.");
    }
  }
  const place = { gemeenteCode: config.gemeenteCode, areaYear: config.areaYear };
  const facilities = await importDemoFacilities(db.prisma, { ...place, seed: DEMO_FACILITIES_SEED });
  const ambitions = await importDemoAmbitions(db.prisma, place);
  const initiatives = await importDemoInitiatives(db.prisma, place);
  return { areas: areas.summary, figures: figures.summary, release, facilities, ambitions, initiatives };
}
