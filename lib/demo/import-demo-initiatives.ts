import { randomBytes } from "node:crypto";
import { getBuurtShapesRd, type BuurtShapeRd } from "../areas/get-buurt-shapes-rd.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { boundsOf, type Position } from "../geo/geometry.ts";
import { pointInPolygon } from "../geo/point-in-polygon.ts";
import { rdToWgs84, wgs84ToRd } from "../geo/rd-new.ts";
import { DEMO_REFERENCE_PREFIX } from "../initiatives/demo-reference.ts";
import { isPublicStatus } from "../initiatives/initiative-status.ts";
import { publicPoint } from "../initiatives/public-point.ts";
import { DEMO_INITIATIVES, type DemoInitiative } from "./demo-initiatives.ts";
import { randomFor } from "./seeded-random.ts";

const DAY_MS = 86_400_000;
const MAX_TRIES = 10_000;

/**
 * A point inside the buurt whose public (coarsened) form is inside it too, so the dot on
 * the map lands in the right buurt. Seeded: the same buurt and slug give the same point.
 */
function demoPoint(buurt: BuurtShapeRd, seed: string): [number, number] {
  const random = randomFor(seed, "initiatives", buurt.code);
  const [minX, minY, maxX, maxY] = boundsOf([buurt.geometryRd]);
  for (let i = 0; i < MAX_TRIES; i++) {
    const rd: Position = [minX + random.uniform() * (maxX - minX), minY + random.uniform() * (maxY - minY)];
    const coarse = publicPoint(...rdToWgs84(rd));
    if (coarse && pointInPolygon(wgs84ToRd(coarse), buurt.geometryRd)) return coarse;
  }
  throw new Error(`no point found inside buurt ${buurt.code} after ${MAX_TRIES} tries`);
}

function demoRecord(initiative: DemoInitiative, index: number, buurt: BuurtShapeRd, areaYear: number, now: number) {
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY_MS);
  const last = initiative.history.at(-1)!;
  const published = initiative.history.find((change) => isPublicStatus(change.status));
  const point = initiative.withPoint ? demoPoint(buurt, initiative.slug) : null;
  return {
    reference: `${DEMO_REFERENCE_PREFIX}${String(index + 1).padStart(4, "0")}`,
    idempotencyKey: `demo-initiative-${initiative.slug}`,
    title: initiative.title,
    description: initiative.description,
    category: initiative.category,
    submitterKind: initiative.submitterKind,
    areaYear,
    buurtCode: buurt.code,
    lon: point?.[0] ?? null,
    lat: point?.[1] ?? null,
    status: last.status,
    publicReason: last.publicReason ?? null,
    createdAt: at(initiative.history[0]!.daysAgo),
    publishedAt: published ? at(published.daysAgo) : null,
    history: { create: initiative.history.map((change) => ({ status: change.status, publicReason: change.publicReason ?? null, changedAt: at(change.daysAgo) })) },
    ...(initiative.email
      ? { contact: { create: { email: initiative.email, locale: initiative.locale, unsubscribeToken: randomBytes(32).toString("base64url"), createdAt: at(initiative.history[0]!.daysAgo) } } }
      : {}),
  };
}

/**
 * The demo initiatives, unless the portal has real ones: then nothing is touched. The same
 * set again writes nothing (the initiatives version stays, so caches stay warm); a changed
 * set replaces the old demo rows in one transaction.
 */
export async function importDemoInitiatives(prisma: PrismaClient, options: { gemeenteCode: string; areaYear: number; now?: Date }) {
  const demoWhere = { reference: { startsWith: DEMO_REFERENCE_PREFIX } };
  const real = await prisma.initiative.count({ where: { NOT: demoWhere } });
  if (real > 0) return { summary: null, kept: real };
  const stored = await prisma.initiative.findMany({ where: demoWhere, select: { idempotencyKey: true } });
  const wanted = DEMO_INITIATIVES.map((initiative) => `demo-initiative-${initiative.slug}`);
  if (stored.length === wanted.length && stored.every((row) => wanted.includes(row.idempotencyKey))) return { summary: null, kept: stored.length };

  const buurten = await getBuurtShapesRd(prisma, options.gemeenteCode, options.areaYear);
  if (buurten.length === 0) return { summary: null, kept: 0 };
  const now = (options.now ?? new Date()).getTime();
  const records = DEMO_INITIATIVES.map((initiative, index) => demoRecord(initiative, index, buurten[initiative.buurtIndex % buurten.length]!, options.areaYear, now));
  await prisma.$transaction(async (tx) => {
    await tx.initiative.deleteMany({ where: demoWhere });
    for (const data of records) await tx.initiative.create({ data });
  });
  const published = DEMO_INITIATIVES.filter((initiative) => isPublicStatus(initiative.history.at(-1)!.status)).length;
  return { summary: { initiatives: records.length, published }, kept: 0 };
}
