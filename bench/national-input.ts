import { randomFor, type SeededRandom } from "../lib/demo/seeded-random.ts";
import { TOTAL_CATEGORY } from "../lib/indicators/catalogue-schema.ts";
import { type RegisterCell, type RegisterData, registerKey } from "../lib/releases/import/register-data.ts";
import type { PlanIndicator } from "../lib/releases/plan-release.ts";
import type { DivisionArea } from "../lib/releases/release-table-layout.ts";

// Synthetic national register input for bench/publish-national.ts: 342 gemeenten, each its
// own division (gemeente ⊃ wijken ⊃ buurten), 3,300 wijken and 14,600 buurten in all, 50
// indicators on all inhabitants by four age bands, one year. Deterministic per seed, and
// every gemeente draws from its own stream, so a gemeente has the same counts whichever
// subset of the country is run. Invented: only the totals and the shape of the spreads
// follow the real country (CBS Wijk- en Buurtkaart), not any real area.

export const GEMEENTEN = 342;
export const WIJKEN = 3_300;
export const BUURTEN = 14_600;
export const INDICATOR_COUNT = 50;
export const AGE_BANDS = ["0-17", "18-64", "65-74", "75+"] as const;
export const YEAR = 2024;
const BASE_CODE = "inwoners";

/** Share of the population per age band, roughly the Dutch one. */
const AGE_SHARES = [0.19, 0.6, 0.115, 0.095];

/** A few big cities, fixed: [wijken, buurten]. The rest is drawn. */
const BIG_CITIES: [number, number][] = [
  [99, 481],
  [71, 286],
  [44, 114],
  [36, 130],
  [30, 105],
];
const MAX_WIJKEN_DRAWN = 40;
const MAX_BUURTEN_PER_WIJK = 30;

export interface GemeenteShape {
  index: number;
  code: string;
  /** Buurten per wijk. */
  wijken: number[];
  buurten: number;
}

/**
 * The sizes of all 342 gemeenten: five big cities, the rest log-normal (median 7 wijken,
 * median ~4 buurten per wijk), then nudged one wijk or buurt at a time until the country
 * has exactly WIJKEN wijken and BUURTEN buurten.
 */
export function nationalShapes(seed: string): GemeenteShape[] {
  const random = randomFor(seed, "shapes");
  const logNormal = (median: number, sigma: number) => median * Math.exp(sigma * random.normal());
  const wijkCounts = BIG_CITIES.map(([wijken]) => wijken);
  for (let g = BIG_CITIES.length; g < GEMEENTEN; g++) {
    wijkCounts.push(Math.min(MAX_WIJKEN_DRAWN, Math.max(1, Math.round(logNormal(7, 0.55)))));
  }
  // The drawn gemeenten absorb the difference; the big cities keep their fixed sizes.
  let wijkTotal = wijkCounts.reduce((a, b) => a + b, 0);
  while (wijkTotal !== WIJKEN) {
    const g = random.integer(BIG_CITIES.length, GEMEENTEN - 1);
    if (wijkTotal < WIJKEN && wijkCounts[g]! < MAX_WIJKEN_DRAWN) {
      wijkCounts[g]!++;
      wijkTotal++;
    } else if (wijkTotal > WIJKEN && wijkCounts[g]! > 1) {
      wijkCounts[g]!--;
      wijkTotal--;
    }
  }

  const shapes: GemeenteShape[] = wijkCounts.map((count, g) => {
    const big = BIG_CITIES[g];
    const wijken = Array.from({ length: count }, () =>
      big ? 1 : Math.min(MAX_BUURTEN_PER_WIJK, Math.max(1, Math.round(logNormal(3.8, 0.6)))),
    );
    if (big) {
      // Spread the city's buurten over its wijken: most wijken 3-8 buurten.
      for (let b = count; b < big[1]; b++) wijken[random.integer(0, count - 1)]!++;
    }
    return { index: g, code: gemeenteCode(g), wijken, buurten: 0 };
  });
  let buurtTotal = shapes.reduce((sum, shape) => sum + shape.wijken.reduce((a, b) => a + b, 0), 0);
  while (buurtTotal !== BUURTEN) {
    const g = random.integer(BIG_CITIES.length, GEMEENTEN - 1);
    const wijken = shapes[g]!.wijken;
    const w = random.integer(0, wijken.length - 1);
    if (buurtTotal < BUURTEN && wijken[w]! < MAX_BUURTEN_PER_WIJK) {
      wijken[w]!++;
      buurtTotal++;
    } else if (buurtTotal > BUURTEN && wijken[w]! > 1) {
      wijken[w]!--;
      buurtTotal--;
    }
  }
  for (const shape of shapes) shape.buurten = shape.wijken.reduce((a, b) => a + b, 0);
  return shapes;
}

/**
 * A subset with `percent` % of the gemeenten and about that share of the buurten: the
 * gemeenten sorted by size are cut into equal strata, and from each stratum the one
 * closest to the stratum's mean size is taken, so the small-to-large spread is kept
 * (a 1 % run has one gemeente from the large third, one middle, one small).
 */
export function selectGemeenten(shapes: GemeenteShape[], percent: number): GemeenteShape[] {
  if (percent >= 100) return shapes;
  const count = Math.max(1, Math.round((shapes.length * percent) / 100));
  const sorted = [...shapes].sort((a, b) => b.buurten - a.buurten || a.index - b.index);
  const chosen: GemeenteShape[] = [];
  for (let k = 0; k < count; k++) {
    const stratum = sorted.slice(Math.round((k * sorted.length) / count), Math.round(((k + 1) * sorted.length) / count));
    const mean = stratum.reduce((sum, shape) => sum + shape.buurten, 0) / stratum.length;
    chosen.push(stratum.reduce((best, shape) => (Math.abs(shape.buurten - mean) < Math.abs(best.buurten - mean) ? shape : best)));
  }
  return chosen.sort((a, b) => a.index - b.index);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const gemeenteCode = (g: number) => `GM${pad(g + 1, 4)}`;

/** CBS-style codes: WK + gemeente + 2 digits, BU + wijk + 2 digits (fits VarChar(10)). */
export function divisionOf(shape: GemeenteShape): DivisionArea[] {
  const number = pad(shape.index + 1, 4);
  const areas: DivisionArea[] = [{ code: shape.code, level: "GEMEENTE", parentCode: null }];
  const wijkCode = (w: number) => `WK${number}${pad(w, 2)}`;
  shape.wijken.forEach((_, w) => areas.push({ code: wijkCode(w), level: "WIJK", parentCode: shape.code }));
  shape.wijken.forEach((buurten, w) => {
    for (let b = 0; b < buurten; b++) areas.push({ code: `BU${number}${pad(w, 2)}${pad(b, 2)}`, level: "BUURT", parentCode: wijkCode(w) });
  });
  return areas;
}

export interface NationalIndicator extends PlanIndicator {
  /** Mean share of the base population with the attribute. */
  rate: number;
  /** Multiplier per age band; the population-weighted mean is 1. */
  ageProfile: number[];
  /** How strongly the buurt's deprivation moves this indicator (exponent). */
  deprivation: number;
}

const AGE_PROFILES = [
  [1, 1, 1, 1], // flat
  [3, 0.6, 0.2, 0.1], // youth (jeugdzorg, leerplicht)
  [0.2, 1.3, 0.8, 0.5], // working age (bijstand, WW)
  [0.05, 0.4, 2, 4.5], // elderly (Wmo, thuiszorg)
];

/**
 * 50 sensitive indicators on all inhabitants by age band: 8 common (10-30 %), 12 medium
 * (3-10 %), 30 rare (0.5-3 %), each with an age profile and a sensitivity to deprivation.
 */
export function nationalIndicators(seed: string): NationalIndicator[] {
  const random = randomFor(seed, "indicators");
  const between = (low: number, high: number) => low + (high - low) * random.uniform();
  return Array.from({ length: INDICATOR_COUNT }, (_, i) => {
    const rate = i < 8 ? between(0.1, 0.3) : i < 20 ? between(0.03, 0.1) : between(0.005, 0.03);
    const raw = AGE_PROFILES[random.integer(0, AGE_PROFILES.length - 1)]!;
    const mean = raw.reduce((sum, m, band) => sum + m * AGE_SHARES[band]!, 0);
    return {
      code: `ind${pad(i + 1, 2)}`,
      baseCode: BASE_CODE,
      levels: ["GEMEENTE", "WIJK", "BUURT"],
      categories: [...AGE_BANDS],
      rateScale: 100,
      sensitive: true,
      subsetOf: [],
      rate,
      ageProfile: raw.map((m) => m / mean),
      deprivation: between(0, 1.5),
    };
  });
}

/** Buurt population: 8 % tiny (0-50, industrial estates, parks, rural), the rest log-normal with median 700. */
function buurtPopulation(random: SeededRandom): number {
  if (random.uniform() < 0.08) return random.uniform() < 0.25 ? 0 : random.integer(1, 50);
  return Math.round(700 * Math.exp(1.0 * random.normal()));
}

export interface GemeenteInput {
  shape: GemeenteShape;
  division: DivisionArea[];
  register: RegisterData;
  /** Population per buurt, for the summary. */
  inhabitants: number;
}

/**
 * The raw register of one gemeente, as `parseRegisterCsv` would give it: for every
 * indicator, area (gemeente, wijken, buurten) and category (totaal + age bands) the count
 * and the base population. Counts are drawn per buurt and age band, then summed upwards.
 */
export function gemeenteInput(seed: string, shape: GemeenteShape, indicators: NationalIndicator[]): GemeenteInput {
  const random = randomFor(seed, "register", shape.code);
  const division = divisionOf(shape);
  const bands = AGE_BANDS.length;
  const categories = [TOTAL_CATEGORY, ...AGE_BANDS];
  const areaIndex = new Map(division.map((area, i) => [area.code, i]));
  const parent = division.map((area) => (area.parentCode === null ? -1 : areaIndex.get(area.parentCode)!));
  const areas = division.length;

  // Base population per area and band (index area * bands + band).
  const base = new Float64Array(areas * bands);
  const deprivation = new Float64Array(areas);
  for (let a = 0; a < areas; a++) {
    if (division[a]!.level !== "BUURT") continue;
    const population = buurtPopulation(random);
    const weights = AGE_SHARES.map((share) => share * Math.exp(0.35 * random.normal()));
    let left = population;
    let weightLeft = weights.reduce((x, y) => x + y, 0);
    for (let band = 0; band < bands; band++) {
      const n = band === bands - 1 ? left : random.binomial(left, weights[band]! / weightLeft);
      base[a * bands + band] = n;
      left -= n;
      weightLeft -= weights[band]!;
    }
    deprivation[a] = Math.exp(0.35 * random.normal());
  }
  // Children come after their parents: sum from the back.
  for (let a = areas - 1; a > 0; a--) {
    for (let band = 0; band < bands; band++) base[parent[a]! * bands + band]! += base[a * bands + band]!;
  }

  const cells = new Map<string, RegisterCell>();
  const count = new Float64Array(areas * bands);
  for (const indicator of indicators) {
    count.fill(0);
    for (let a = 0; a < areas; a++) {
      if (division[a]!.level !== "BUURT") continue;
      const effect = deprivation[a]! ** indicator.deprivation;
      for (let band = 0; band < bands; band++) {
        const p = Math.min(0.95, indicator.rate * indicator.ageProfile[band]! * effect);
        count[a * bands + band] = random.binomial(base[a * bands + band]!, p);
      }
    }
    for (let a = areas - 1; a > 0; a--) {
      for (let band = 0; band < bands; band++) count[parent[a]! * bands + band]! += count[a * bands + band]!;
    }
    for (let a = 0; a < areas; a++) {
      let totalCount = 0;
      let totalBase = 0;
      for (let band = 0; band < bands; band++) {
        const c = count[a * bands + band]!;
        const b = base[a * bands + band]!;
        totalCount += c;
        totalBase += b;
        cells.set(registerKey(indicator.code, YEAR, division[a]!.code, categories[band + 1]!), { count: c, base: b });
      }
      cells.set(registerKey(indicator.code, YEAR, division[a]!.code, TOTAL_CATEGORY), { count: totalCount, base: totalBase });
    }
  }
  let inhabitants = 0;
  for (let band = 0; band < bands; band++) inhabitants += base[band]!;
  return { shape, division, register: { cells, indicators: indicators.map((i) => i.code), years: [YEAR] }, inhabitants };
}
