import { createHash } from "node:crypto";
import { getBuurtShapesRd } from "../areas/get-buurt-shapes-rd.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { ImportError, type ImportProblem } from "../import/import-problem.ts";
import type { ImportSource } from "../import/import-source.ts";
import { computeReach } from "./compute-reach.ts";
import { FACILITY_TYPE_CODES } from "./facility-types.ts";
import { generateDemoFacilities } from "./generate-demo-facilities.ts";
import { type ParsedFacility, parseFacilityFile } from "./import/parse-facility-file.ts";
import { placeFacilities } from "./place-facilities.ts";
import { type FacilityWriteSummary, writeFacilities } from "./write-facilities.ts";

export interface ImportFacilitiesOptions {
  gemeenteCode: string;
  areaYear: number;
  crs?: "EPSG:28992" | "EPSG:4326";
}

async function placeAndWrite(
  prisma: PrismaClient,
  facilities: ParsedFacility[],
  options: ImportFacilitiesOptions & { isDemo: boolean; source: { file: string; sha256: string } },
): Promise<{ summary: FacilityWriteSummary; notices: ImportProblem[] }> {
  const buurten = await getBuurtShapesRd(prisma, options.gemeenteCode, options.areaYear);
  if (buurten.length === 0) throw new ImportError([{ key: "noDivision", values: { gemeente: options.gemeenteCode, year: options.areaYear } }]);
  const { placed, farAway } = placeFacilities(facilities, buurten);
  if (placed.length === 0) throw new ImportError([{ key: "facilitiesNoneNear", values: { count: facilities.length } }]);
  const reach = computeReach(
    buurten,
    placed.map(({ facility }) => facility),
    FACILITY_TYPE_CODES,
  );
  const summary = await writeFacilities(prisma, { placed, reach, areaYear: options.areaYear, isDemo: options.isDemo, source: options.source });
  const notices: ImportProblem[] = farAway > 0 ? [{ key: "facilitiesFarAwaySkipped", values: { count: farAway } }] : [];
  return { summary, notices };
}

/**
 * Reads a facility file (GeoJSON, Overpass JSON or CSV), checks it completely, places every
 * point in its buurt and replaces the stored set and its reach. Any problem throws before the
 * database is touched. A real file replaces the demo set.
 */
export async function importFacilities(prisma: PrismaClient, source: ImportSource, options: ImportFacilitiesOptions) {
  const { facilities, notices } = parseFacilityFile(source.content, source.file, { crs: options.crs });
  const written = await placeAndWrite(prisma, facilities, { ...options, isDemo: false, source });
  return { summary: written.summary, notices: [...notices, ...written.notices] };
}

/**
 * The generated demo set, placed inside the real buurt polygons. It never replaces a real
 * import: once a municipality imported its own facilities, the demo leaves them alone.
 */
export async function importDemoFacilities(prisma: PrismaClient, options: ImportFacilitiesOptions & { seed: string }) {
  const real = await prisma.facility.count({ where: { isDemo: false } });
  if (real > 0) return { summary: null, kept: real };
  const buurten = await getBuurtShapesRd(prisma, options.gemeenteCode, options.areaYear);
  const facilities = generateDemoFacilities(buurten, options.seed);
  const sha256 = createHash("sha256").update(JSON.stringify(facilities)).digest("hex");
  const previous = await prisma.importLog.findFirst({ where: { kind: "facilities-demo" }, orderBy: { id: "desc" }, select: { sha256: true } });
  const stored = await prisma.facility.count();
  if (previous?.sha256 === sha256 && stored > 0) return { summary: null, kept: stored };
  const written = await placeAndWrite(prisma, facilities, { ...options, isDemo: true, source: { file: "demo-voorzieningen", sha256 } });
  return { summary: written.summary, kept: 0 };
}
