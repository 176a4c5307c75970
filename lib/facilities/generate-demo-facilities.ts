import { randomFor, type SeededRandom } from "../demo/seeded-random.ts";
import { type AreaGeometry, boundsOf, type Position, polygonsOf, signedRingArea } from "../geo/geometry.ts";
import { pointInPolygon } from "../geo/point-in-polygon.ts";
import { rdToWgs84 } from "../geo/rd-new.ts";
import { FACILITY_TYPE_CODES, type FacilityTypeCode } from "./facility-types.ts";
import type { ParsedFacility } from "./import/parse-facility-file.ts";

// No open point file of Maashorst's facilities exists on these machines, so the demo
// invents a plausible set: roughly as many of each type as a gemeente of this size has,
// most of them in the small (dense) buurten of the kernen, few in the buitengebied.

export interface DemoFacilityBuurt {
  code: string;
  name: string;
  /** RD New metres. */
  geometryRd: AreaGeometry;
}

// Per 39 buurten, the size of Maashorst: the order of magnitude of its real facilities.
const COUNT_PER_39_BUURTEN: Record<FacilityTypeCode, number> = {
  huisarts: 12,
  apotheek: 8,
  supermarkt: 12,
  basisschool: 16,
  kinderopvang: 14,
  buurthuis: 9,
  sportaccommodatie: 10,
  bibliotheek: 4,
  bushalte: 70,
  speelplek: 40,
};

// How strongly a type keeps to the dense buurten: a buurt's weight is area^-exponent.
// Bus stops line the country roads too, so they follow density least.
const DENSITY_EXPONENT: Record<FacilityTypeCode, number> = {
  huisarts: 0.5,
  apotheek: 0.5,
  supermarkt: 0.5,
  basisschool: 0.5,
  kinderopvang: 0.5,
  buurthuis: 0.5,
  sportaccommodatie: 0.4,
  bibliotheek: 0.6,
  bushalte: 0.25,
  speelplek: 0.5,
};

const NAME_PREFIX: Record<FacilityTypeCode, string> = {
  huisarts: "Huisartsenpraktijk",
  apotheek: "Apotheek",
  supermarkt: "Supermarkt",
  basisschool: "Basisschool",
  kinderopvang: "Kinderopvang",
  buurthuis: "Buurthuis",
  sportaccommodatie: "Sporthal",
  bibliotheek: "Bibliotheek",
  bushalte: "Bushalte",
  speelplek: "Speeltuin",
};

/** Each kern has its own school and shop, however small it is. */
const EVERY_KERN: FacilityTypeCode[] = ["basisschool", "supermarkt"];

const RURAL_NAME = /buitengebied|verspreide huizen|vliegbasis|bedrijventerrein|industrie/i;
const MAX_TRIES = 10_000;

function areaOf(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce(
    (sum, [outer, ...holes]) =>
      sum + Math.abs(signedRingArea(outer ?? [])) - holes.reduce((h, hole) => h + Math.abs(signedRingArea(hole)), 0),
    0,
  );
}

/** BU + gemeente (4) + wijk (2) + buurt (2): the first eight characters name the wijk. */
function wijkOf(code: string): string {
  return /^BU\d{8}$/.test(code) ? code.slice(2, 8) : code;
}

/** The kern of a wijk: its smallest buurt that is not by name buitengebied; none when all are. */
function kernenOf(buurten: DemoFacilityBuurt[], areas: Map<string, number>): DemoFacilityBuurt[] {
  const byWijk = new Map<string, DemoFacilityBuurt[]>();
  for (const buurt of buurten) byWijk.set(wijkOf(buurt.code), [...(byWijk.get(wijkOf(buurt.code)) ?? []), buurt]);
  return [...byWijk.values()].flatMap((members) => {
    const urban = members.filter((buurt) => !RURAL_NAME.test(buurt.name));
    const smallest = urban.sort((a, b) => areas.get(a.code)! - areas.get(b.code)! || a.code.localeCompare(b.code))[0];
    return smallest ? [smallest] : [];
  });
}

function pickWeighted<T>(items: T[], weights: number[], random: SeededRandom): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random.uniform() * total;
  for (let i = 0; i < items.length; i++) {
    target -= weights[i]!;
    if (target < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Rejection sampling in the bounding box; rounded first, so the stored point is the one tested. */
function randomPointIn(buurt: DemoFacilityBuurt, random: SeededRandom): Position {
  const [minX, minY, maxX, maxY] = boundsOf([buurt.geometryRd]);
  for (let i = 0; i < MAX_TRIES; i++) {
    const point: Position = [
      round(minX + random.uniform() * (maxX - minX), 1),
      round(minY + random.uniform() * (maxY - minY), 1),
    ];
    if (pointInPolygon(point, buurt.geometryRd)) return point;
  }
  throw new Error(`no point found inside buurt ${buurt.code} after ${MAX_TRIES} tries`);
}

/**
 * A deterministic demo set of facilities for the given buurten, in catalogue order. The
 * same buurten and seed give the same set; each type draws from its own random stream.
 */
export function generateDemoFacilities(buurten: DemoFacilityBuurt[], seed: string): ParsedFacility[] {
  if (buurten.length === 0) return [];
  const areas = new Map(buurten.map((buurt) => [buurt.code, Math.max(areaOf(buurt.geometryRd), 1)]));
  const kernen = kernenOf(buurten, areas);
  // Without population figures, the number of buurten stands in for the gemeente's size.
  const scale = buurten.length / 39;

  const placed: { type: FacilityTypeCode; buurt: DemoFacilityBuurt; point: Position }[] = [];
  for (const type of FACILITY_TYPE_CODES) {
    const random = randomFor(seed, "facilities", type);
    const count = Math.max(1, Math.round(COUNT_PER_39_BUURTEN[type] * scale));
    const fixed = EVERY_KERN.includes(type) ? kernen.slice(0, count) : [];
    const weights = buurten.map((buurt) => areas.get(buurt.code)! ** -DENSITY_EXPONENT[type]);
    const chosen = [...fixed];
    while (chosen.length < count) chosen.push(pickWeighted(buurten, weights, random));
    for (const buurt of chosen) placed.push({ type, buurt, point: randomPointIn(buurt, random) });
  }

  const seen = new Map<string, number>();
  return placed.map(({ type, buurt, point }, index) => {
    const key = `${type}\u001f${buurt.code}`;
    const number = (seen.get(key) ?? 0) + 1;
    seen.set(key, number);
    const [lon, lat] = rdToWgs84(point);
    return {
      type,
      name: `${NAME_PREFIX[type]} ${buurt.name}${number > 1 ? ` ${number}` : ""} (demo)`,
      lon,
      lat,
      x: point[0],
      y: point[1],
      sourceRef: `demo/${index + 1}`,
    };
  });
}
