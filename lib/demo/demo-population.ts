import { randomFor } from "./seeded-random.ts";

/** The input does not fit the demo generator (unknown wijk, unsupported categories, ...). */
export class DemoInputError extends Error {
  override name = "DemoInputError";
}

// The fictitious population behind the demo register: per buurt and year, inhabitants by
// age band, who lives alone, and private households by type. Wijk totals are given (CBS);
// everything below them is made up, with realistic proportions.

export const AGE_BANDS = [
  { code: "0-3", from: 0, to: 3, share: 0.04 },
  { code: "4-11", from: 4, to: 11, share: 0.084 },
  { code: "12-17", from: 12, to: 17, share: 0.066 },
  { code: "18-22", from: 18, to: 22, share: 0.06 },
  { code: "23-26", from: 23, to: 26, share: 0.049 },
  { code: "27-44", from: 27, to: 44, share: 0.23 },
  { code: "45-64", from: 45, to: 64, share: 0.255 },
  { code: "65-74", from: 65, to: 74, share: 0.118 },
  { code: "75-84", from: 75, to: 84, share: 0.075 },
  { code: "85+", from: 85, to: Number.POSITIVE_INFINITY, share: 0.023 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]["code"];
export const AGE_BAND_CODES: readonly AgeBand[] = AGE_BANDS.map((band) => band.code);

export const HOUSEHOLD_TYPES = ["eenpersoons", "zonder-kinderen", "met-kinderen", "eenouder"] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

export type BuurtKind = "uninhabited" | "tiny" | "rural" | "hamlet" | "village-core" | "urban" | "dense";

export interface DemoBuurt {
  code: string;
  name: string;
  wijkCode: string;
  areaHa: number;
}

export interface DemoWijk {
  code: string;
  name: string;
  /** Inhabitants in the population year (CBS). */
  population: number;
}

export interface BuurtProfile extends DemoBuurt {
  kind: BuurtKind;
  /** Relative share of the wijk's inhabitants, before the yearly growth. */
  weight: number;
  /** Yearly relative change of the weight (new estates grow, old ones shrink a little). */
  growth: number;
  /** A fixed number of inhabitants (sports park: a caretaker's house or two; air base: 0). */
  fixedPopulation: number | null;
  familyFactor: number;
  youngAdultFactor: number;
  oldFactor: number;
  aloneFactor: number;
  /** Latent deprivation, roughly standard normal; drives poverty, benefits and youth care. */
  deprivation: number;
  /** Yearly drift direction of the deprivation. */
  deprivationTrend: number;
  /** The buurt with a residential care complex, where nearly every 75-plusser has Wmo. */
  careHome: boolean;
}

export interface BuurtPopulation {
  total: number;
  ages: Record<AgeBand, number>;
  /** Residents of the care complex by age band (included in ages). */
  careHome: Record<AgeBand, number>;
  /** Inhabitants living alone (single-person households) by age band. */
  alone: Record<AgeBand, number>;
  households: Record<HouseholdType, number>;
}

/** Inhabitants per hectare and the largest area that counts as built-up, per kind. */
const DENSITY: Record<Exclude<BuurtKind, "uninhabited" | "tiny">, { perHa: number; maxHa: number }> = {
  rural: { perHa: 0.7, maxHa: Number.POSITIVE_INFINITY },
  hamlet: { perHa: 5, maxHa: 120 },
  "village-core": { perHa: 40, maxHa: 150 },
  urban: { perHa: 32, maxHa: 110 },
  dense: { perHa: 110, maxHa: 15 },
};

const DEPRIVATION_SHIFT: Record<BuurtKind, number> = {
  uninhabited: 0,
  tiny: 0,
  rural: -0.6,
  hamlet: -0.4,
  "village-core": -0.1,
  urban: 0.1,
  dense: 0.9,
};

/** Target number of 75-plussers in the care-home buurt. */
const CARE_HOME_75PLUS = 120;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

function isVillageCore(name: string, wijkName: string): boolean {
  const n = normalise(name);
  return n === normalise(wijkName) || n.startsWith("kom ");
}

/** The kind of a buurt from its name (CBS naming habits) and whether its wijk is a village. */
export function classifyBuurt(name: string, wijkName: string, villageWijk: boolean): BuurtKind {
  const n = normalise(name);
  if (/vliegbasis|luchtmachtbasis|kazerne/.test(n)) return "uninhabited";
  if (/sportpark|bedrijventerrein|industrieterrein/.test(n)) return "tiny";
  if (/buitengebied|verspreide huizen/.test(n)) return "rural";
  if (n.startsWith("buurtschap")) return "hamlet";
  if (/flat/.test(n)) return "dense";
  if (isVillageCore(name, wijkName) || n === "centrum" || n.startsWith("centrum ")) return "village-core";
  return villageWijk ? "hamlet" : "urban";
}

const logNormal = (sd: number, z: number) => Math.exp(sd * z - (sd * sd) / 2);

/** Stable, seeded characteristics of every buurt (the same in every year). */
export function buurtProfiles(buurten: DemoBuurt[], wijken: DemoWijk[], seed: string): BuurtProfile[] {
  const wijkByCode = new Map(wijken.map((wijk) => [wijk.code, wijk]));
  const profiles = buurten.map((buurt): BuurtProfile => {
    const wijk = wijkByCode.get(buurt.wijkCode);
    if (!wijk) throw new DemoInputError(`Buurt ${buurt.code} belongs to wijk ${buurt.wijkCode}, which is not in the input`);
    const villageWijk = buurten.some((other) => other.wijkCode === wijk.code && isVillageCore(other.name, wijk.name));
    const kind = classifyBuurt(buurt.name, wijk.name, villageWijk);
    const random = randomFor(seed, "profile", buurt.code);
    let weight = 0;
    let fixedPopulation: number | null = null;
    if (kind === "uninhabited") fixedPopulation = 0;
    else if (kind === "tiny") fixedPopulation = random.integer(10, 20);
    else {
      const { perHa, maxHa } = DENSITY[kind];
      weight = perHa * Math.min(Math.max(buurt.areaHa, 0.5), maxHa) * logNormal(kind === "rural" || kind === "hamlet" ? 0.3 : 0.25, random.normal());
    }
    const rural = kind === "rural" || kind === "hamlet";
    return {
      ...buurt,
      kind,
      weight,
      fixedPopulation,
      growth: (rural ? -0.004 : 0.002) + 0.006 * random.normal(),
      familyFactor: logNormal(0.2, random.normal()) * (kind === "dense" ? 0.7 : kind === "village-core" ? 0.95 : 1),
      youngAdultFactor: logNormal(0.2, random.normal()) * (kind === "dense" ? 1.6 : rural ? 0.9 : 1),
      oldFactor: logNormal(0.25, random.normal()) * (kind === "village-core" ? 1.1 : kind === "dense" ? 1.15 : rural ? 1.0 : 0.95),
      aloneFactor: (kind === "dense" ? 1.5 : rural ? 0.75 : kind === "village-core" ? 1.1 : 1) * logNormal(0.1, random.normal()),
      deprivation: DEPRIVATION_SHIFT[kind] + (kind === "urban" || kind === "dense" ? 0.65 : 0.4) * random.normal(),
      deprivationTrend: random.normal(),
      careHome: false,
    };
  });
  const careHome = chooseCareHomeBuurt(profiles, wijken);
  if (careHome) {
    careHome.careHome = true;
    careHome.oldFactor = 0.5; // the rest of the buurt is young: the complex holds its 75-plussers
  }
  return profiles;
}

/** A dense buurt (flats) if there is one, else the smallest urban buurt of some size. */
function chooseCareHomeBuurt(profiles: BuurtProfile[], wijken: DemoWijk[]): BuurtProfile | undefined {
  const dense = profiles.filter((p) => p.kind === "dense").sort((a, b) => a.code.localeCompare(b.code));
  if (dense[0]) return dense[0];
  const population = new Map(wijken.map((w) => [w.code, w.population]));
  const wijkWeight = new Map<string, number>();
  for (const p of profiles) wijkWeight.set(p.wijkCode, (wijkWeight.get(p.wijkCode) ?? 0) + p.weight);
  const expected = (p: BuurtProfile) => (p.weight / (wijkWeight.get(p.wijkCode) || 1)) * (population.get(p.wijkCode) ?? 0);
  return profiles
    .filter((p) => p.kind === "urban" && expected(p) >= 300)
    .sort((a, b) => a.areaHa - b.areaHa || a.code.localeCompare(b.code))[0];
}

/** Splits a whole number over weights, exactly, by largest remainders (ties: first wins). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    result[index]!++;
    left--;
  }
  return result;
}

/** Wijk inhabitants in a year: the given number in the population year, 0.4 % less per year before. */
export function wijkPopulationIn(wijk: DemoWijk, year: number, populationYear: number): number {
  return Math.round(wijk.population * Math.pow(0.996, populationYear - year));
}

/** Inhabitants per buurt in one year; every wijk's buurten add up to its total exactly. */
export function buurtTotals(profiles: BuurtProfile[], wijken: DemoWijk[], year: number, populationYear: number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const wijk of wijken) {
    const members = profiles.filter((p) => p.wijkCode === wijk.code);
    const target = wijkPopulationIn(wijk, year, populationYear);
    if (members.length === 0) {
      if (target > 0) throw new DemoInputError(`Wijk ${wijk.code} has inhabitants but no buurten`);
      continue;
    }
    let flexible = members.filter((p) => p.fixedPopulation === null);
    if (flexible.length === 0) flexible = members.filter((p) => p.kind === "tiny");
    if (flexible.length === 0 && target > 0) throw new DemoInputError(`Wijk ${wijk.code} has inhabitants but only uninhabited buurten`);
    let rest = target;
    for (const p of members) {
      if (p.fixedPopulation !== null && !flexible.includes(p)) {
        const fixed = Math.min(p.fixedPopulation, Math.max(rest, 0));
        totals.set(p.code, fixed);
        rest -= fixed;
      }
    }
    const weights = flexible.map((p) => Math.max(p.weight, p.fixedPopulation ?? 0, 1e-9) * Math.pow(1 + p.growth, year - populationYear));
    apportion(Math.max(rest, 0), weights).forEach((count, index) => totals.set(flexible[index]!.code, count));
  }
  return totals;
}

const zeroBands = () => Object.fromEntries(AGE_BAND_CODES.map((code) => [code, 0])) as Record<AgeBand, number>;

const ALONE_RATE: Record<AgeBand, number> = {
  "0-3": 0,
  "4-11": 0,
  "12-17": 0,
  "18-22": 0.05,
  "23-26": 0.2,
  "27-44": 0.16,
  "45-64": 0.14,
  "65-74": 0.21,
  "75-84": 0.32,
  "85+": 0.56,
};

function bandShares(profile: BuurtProfile, yearsBack: number): number[] {
  // A population that ages: fewer old people in earlier years.
  const old = profile.oldFactor * Math.pow(1.015, -yearsBack);
  return AGE_BANDS.map((band) => {
    if (band.to <= 17 || band.code === "27-44") return band.share * profile.familyFactor;
    if (band.code === "18-22" || band.code === "23-26") return band.share * profile.youngAdultFactor;
    if (band.code === "85+") return band.share * Math.pow(old, 1.5);
    if (band.from >= 65) return band.share * old;
    return band.share;
  });
}

/** The population of one buurt in one year. */
export function buurtPopulation(profile: BuurtProfile, total: number, year: number, populationYear: number, seed: string): BuurtPopulation {
  const shares = bandShares(profile, populationYear - year);
  const careHome = zeroBands();
  let regular = total;
  if (profile.careHome && total > 0) {
    const sum = shares.reduce((a, b) => a + b, 0);
    const old = (shares[8]! + shares[9]!) / sum;
    const target = CARE_HOME_75PLUS + randomFor(seed, "care-home", profile.code, year).integer(-4, 4);
    const residents = Math.max(0, Math.min(Math.round((target - old * total) / (1 - old)), Math.round(0.6 * total)));
    careHome["85+"] = Math.round(0.65 * residents);
    careHome["75-84"] = residents - careHome["85+"];
    regular = total - residents;
  }
  const ages = zeroBands();
  apportion(regular, shares).forEach((count, index) => {
    const code = AGE_BAND_CODES[index]!;
    ages[code] = count + careHome[code];
  });

  const alone = zeroBands();
  for (const code of AGE_BAND_CODES) {
    const random = randomFor(seed, "alone", profile.code, year, code);
    const rate = Math.min(0.9, ALONE_RATE[code] * profile.aloneFactor);
    alone[code] = random.binomial(ages[code] - careHome[code], rate) + random.binomial(careHome[code], 0.9);
  }

  const random = randomFor(seed, "households", profile.code, year);
  const children = ages["0-3"] + ages["4-11"] + ages["12-17"];
  const adultChildren =
    random.binomial(ages["18-22"] - alone["18-22"], 0.6) + random.binomial(ages["23-26"] - alone["23-26"], 0.2);
  const families = children + adultChildren > 0 ? Math.max(1, Math.round((children + adultChildren) / 1.8)) : 0;
  const singleParentRate = Math.min(0.6, Math.max(0.05, 0.2 * Math.exp(0.35 * profile.deprivation)));
  let singleParents = random.binomial(families, singleParentRate);
  let couples = families - singleParents;
  const adults = AGE_BANDS.filter((band) => band.from >= 18).reduce((sum, band) => sum + ages[band.code], 0);
  const aloneTotal = AGE_BAND_CODES.reduce((sum, code) => sum + alone[code], 0);
  let others = adults - aloneTotal - adultChildren - (2 * couples + singleParents);
  // Too few adults for two-parent families: make some of them single-parent families.
  while (others < 0 && couples > 0) {
    couples--;
    singleParents++;
    others++;
  }
  while (others < 0 && singleParents > 0) {
    singleParents--;
    others++;
  }
  const withoutChildren = others > 0 ? Math.max(1, Math.round(others / 2.1)) : 0;
  return {
    total,
    ages,
    careHome,
    alone,
    households: { eenpersoons: aloneTotal, "zonder-kinderen": withoutChildren, "met-kinderen": couples, eenouder: singleParents },
  };
}
