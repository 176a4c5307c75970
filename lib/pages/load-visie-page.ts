import "server-only";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { areaOf } from "../geo/polygon-overlap.ts";
import { svgPathData } from "../geo/svg-shapes.ts";
import { type AmbitionView, getAmbition, getAmbitions } from "../omgevingsvisie/get-ambitions.ts";
import { type DivisionShapes, loadDivisionShapes } from "./load-division-shapes.ts";
import { requestDataVersion } from "./request-data-version.ts";

export interface AmbitionWithShape extends AmbitionView {
  /** The ambition's area as SVG path data in the same frame as the buurten. */
  d: string;
  /** Planar size in degrees², only to draw larger areas first so no small one is covered. */
  drawSize: number;
}

export interface VisiePageData {
  shapes: DivisionShapes;
  ambitions: AmbitionWithShape[];
}

const listCache = createVersionedCache<string, VisiePageData | null>(2);
const oneCache = createVersionedCache<string, { shapes: DivisionShapes; ambition: AmbitionWithShape } | null>(100);

const withShape = (ambition: AmbitionView): AmbitionWithShape => ({ ...ambition, d: svgPathData(ambition.geometry), drawSize: areaOf(ambition.geometry) });

/** Every ambition with its area and the buurten it touches; null before any areas. Cached per data version. */
export async function loadVisiePage(): Promise<VisiePageData | null> {
  const [prisma, version] = await Promise.all([getPrisma(), requestDataVersion()]);
  return listCache.get(version, "all", async () => {
    const shapes = await loadDivisionShapes();
    if (!shapes) return null;
    const ambitions = await getAmbitions(prisma, getMunicipalityConfig().areaYear);
    return { shapes, ambitions: ambitions.map(withShape) };
  });
}

/** One ambition with its area, or null. */
export async function loadAmbitionPage(id: string) {
  const [prisma, version] = await Promise.all([getPrisma(), requestDataVersion()]);
  return oneCache.get(version, id, async () => {
    const [shapes, ambition] = await Promise.all([loadDivisionShapes(), getAmbition(prisma, id, getMunicipalityConfig().areaYear)]);
    if (!shapes || !ambition) return null;
    return { shapes, ambition: withShape(ambition) };
  });
}
