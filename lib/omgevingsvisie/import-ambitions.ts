import fs from "node:fs";
import { getBuurtShapesRd } from "../areas/get-buurt-shapes-rd.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { ImportError } from "../import/import-problem.ts";
import { type ImportSource, importSource } from "../import/import-source.ts";
import { computeAmbitionOverlaps } from "./compute-ambition-overlaps.ts";
import { parseAmbitionFile } from "./import/parse-ambition-file.ts";
import { type AmbitionWriteSummary, writeAmbitions } from "./write-ambitions.ts";

/** Our own example ambitions for the four themes of the Maashorst vision, marked as demo. */
export const DEMO_AMBITIONS_FILE = "prisma/seed/omgevingsvisie-demo.geojson";

export interface ImportAmbitionsOptions {
  gemeenteCode: string;
  areaYear: number;
  crs?: "EPSG:28992" | "EPSG:4326";
}

/**
 * Reads an ambition file, checks it completely, computes each ambition's overlap with every
 * buurt and replaces the stored ambitions. Any problem throws before the database is touched.
 */
export async function importAmbitions(prisma: PrismaClient, source: ImportSource, options: ImportAmbitionsOptions): Promise<AmbitionWriteSummary> {
  const ambitions = parseAmbitionFile(source.content, source.file, { crs: options.crs });
  const buurten = await getBuurtShapesRd(prisma, options.gemeenteCode, options.areaYear);
  if (buurten.length === 0) throw new ImportError([{ key: "noDivision", values: { gemeente: options.gemeenteCode, year: options.areaYear } }]);
  const overlaps = computeAmbitionOverlaps(ambitions, buurten);
  return writeAmbitions(prisma, { ambitions, overlaps, areaYear: options.areaYear, source });
}

/** The demo ambitions, unless the municipality imported its own or the same demo is stored. */
export async function importDemoAmbitions(prisma: PrismaClient, options: ImportAmbitionsOptions) {
  const real = await prisma.ambition.count({ where: { isDemo: false } });
  if (real > 0) return { summary: null, kept: real };
  const source = importSource(DEMO_AMBITIONS_FILE, fs.readFileSync(DEMO_AMBITIONS_FILE, "utf8"));
  const previous = await prisma.importLog.findFirst({ where: { kind: "omgevingsvisie-demo" }, orderBy: { id: "desc" }, select: { sha256: true } });
  const stored = await prisma.ambition.count();
  // The same file, already computed for this division year: nothing to do.
  const computed = await prisma.ambitionBuurt.count({ where: { areaYear: options.areaYear } });
  if (previous?.sha256 === source.sha256 && stored > 0 && computed > 0) return { summary: null, kept: stored };
  return { summary: await importAmbitions(prisma, source, options), kept: 0 };
}
