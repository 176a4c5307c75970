import { randomFor, type SeededRandom } from "../demo/seeded-random.ts";
import { areaOf } from "../geo/polygon-overlap.ts";
import { type AreaGeometry, boundsOf, type Position } from "../geo/geometry.ts";
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

interface Placement {
  /** Per 39 buurten, the size of Maashorst: the order of magnitude of its real facilities. */
  count: number;
  /** What a buurt named buitengebied or verspreide huizen keeps of its weight. */
  rural: number;
  /** What a buurt keeps of its weight for each facility of the type it already got, so a few spread out. */
  repeat: number;
}

const PLACEMENT: Record<FacilityTypeCode, Placement> = {
  huisarts: { count: 12, rural: 0.2, repeat: 0.5 },
  apotheek: { count: 8, rural: 0.1, repeat: 0.3 },
  supermarkt: { count: 12, rural: 0.1, repeat: 0.4 },
  basisschool: { count: 16, rural: 0.15, repeat: 0.5 },
  kinderopvang: { count: 14, rural: 0.25, repeat: 0.5 },
  buurthuis: { count: 9, rural: 0.2, repeat: 0.4 },
  sportaccommodatie: { count: 10, rural: 0.3, repeat: 0.5 },
  bibliotheek: { count: 4, rural: 0.02, repeat: 0.1 },
  bushalte: { count: 70, rural: 0.6, repeat: 0.8 },
  speelplek: { count: 40, rural: 0.3, repeat: 0.8 },
};

// Without population figures, size stands in for the number of residents: a buurt's weight
// grows like sqrt(area) up to about this area and falls like 1/sqrt(area) beyond it,
// where a buurt is large because it is thinly populated.
const TYPICAL_AREA_M2 = 3_000_000;

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

/** An index drawn with probability proportional to its weight. */
function pickWeighted(weights: number[], random: SeededRandom): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random.uniform() * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i]!;
    if (target < 0) return i;
  }
  return weights.length - 1;
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
    const { count: perMaashorst, rural, repeat } = PLACEMENT[type];
    const count = Math.max(1, Math.round(perMaashorst * scale));
    const chosen = EVERY_KERN.includes(type) ? kernen.slice(0, count) : [];
    const weights = buurten.map((buurt) => {
      const area = areas.get(buurt.code)!;
      const weight = Math.sqrt(area) / (1 + area / TYPICAL_AREA_M2);
      return (RURAL_NAME.test(buurt.name) ? rural : 1) * repeat ** chosen.filter((kern) => kern === buurt).length * weight;
    });
    while (chosen.length < count) {
      const index = pickWeighted(weights, random);
      chosen.push(buurten[index]!);
      weights[index]! *= repeat;
    }
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
