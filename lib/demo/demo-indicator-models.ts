import type { CatalogueIndicator } from "../indicators/catalogue-schema.ts";
import {
  AGE_BAND_CODES,
  type AgeBand,
  type BuurtKind,
  type BuurtPopulation,
  type BuurtProfile,
  HOUSEHOLD_TYPES,
  type HouseholdType,
} from "./demo-population.ts";
import type { SeededRandom } from "./seeded-random.ts";

// How the demo register draws each indicator of the shipped catalogue: a probability per
// age band (persons) or household type (households), moved by the buurt's latent
// deprivation and a yearly trend. Nested services are drawn from their parent (hulp bij
// het huishouden from the Wmo clients), so a part never exceeds its whole. Rates are
// rough Dutch averages; none of this is real data.

export type MicroKey = AgeBand | HouseholdType;
export type Unit = "persons" | "households";

export interface ModelContext {
  buurt: BuurtProfile;
  population: BuurtPopulation;
  /** Years before the population year (negative after it). */
  yearsBack: number;
  /** exp(β·z − β²·v/2) for the buurt's centred deprivation z this year: averages ≈ 1 over the gemeente. */
  deprivation(beta: number): number;
  /** A stable random factor of this indicator in this buurt (facilities: a logit shift). */
  buurtEffect: number;
}

export interface IndicatorModel {
  unit: Unit;
  /** Drawn from this indicator's count in the same band/type instead of the base population. */
  parent?: string;
  /** ... minus this indicator's count (e.g. low-income households that use no scheme). */
  parentMinus?: string;
  /** Never more than this indicator's count in the same band/type. */
  cap?: string;
  /** A count read from the population itself, without a draw. */
  exact?: (population: BuurtPopulation, key: MicroKey) => number;
  /** Probability for one person or household of the band/type (of the parent, if any). */
  probability?: (context: ModelContext, key: MicroKey) => number;
  /** Replaces the draw (the care home). */
  override?: (context: ModelContext, key: MicroKey, available: number, random: SeededRandom) => number | undefined;
  /** Facilities: the buurt effect is a shift on the logit scale, not a factor. */
  spatial?: boolean;
}

type Rates = Partial<Record<MicroKey, number>>;

interface RateOptions {
  /** Elasticity to the latent deprivation. */
  beta?: number;
  /** Relative change per year (0.02 = 2 % more every year). */
  trend?: number;
  /** Factor per kind of buurt (rent benefit is rare among farms). */
  kind?: Partial<Record<BuurtKind, number>>;
  /** Probability for 75-plussers of the care complex (mixed in by their share of the band). */
  careHome?: number;
}

const clamp = (p: number) => Math.min(0.98, Math.max(0, p));

/** Expands "0-17"-style shorthands: one rate for several bands. */
function bands(spec: Record<string, number>): Rates {
  const rates: Rates = {};
  for (const [key, rate] of Object.entries(spec)) {
    const range = key.match(/^(\d+)-(\d+)$/);
    if ((AGE_BAND_CODES as readonly string[]).includes(key) || (HOUSEHOLD_TYPES as readonly string[]).includes(key)) {
      rates[key as MicroKey] = rate;
    } else if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      for (const code of AGE_BAND_CODES) {
        const [a, b] = code.replace("+", "-999").split("-").map(Number) as [number, number];
        if (a >= from && b <= to) rates[code] = rate;
      }
    } else if (key === "75+") {
      rates["75-84"] = rate;
      rates["85+"] = rate;
    } else throw new RangeError(`demo model: unknown band "${key}"`);
  }
  return rates;
}

function rate(spec: Record<string, number>, options: RateOptions = {}): IndicatorModel["probability"] {
  const rates = bands(spec);
  return (context, key) => {
    let p = (rates[key] ?? 0) * context.deprivation(options.beta ?? 0) * context.buurtEffect;
    p *= Math.pow(1 + (options.trend ?? 0), -context.yearsBack);
    p *= options.kind?.[context.buurt.kind] ?? 1;
    if (options.careHome !== undefined && context.buurt.careHome && (key === "75-84" || key === "85+")) {
      const share = context.population.ages[key] > 0 ? context.population.careHome[key] / context.population.ages[key] : 0;
      p = share * options.careHome + (1 - share) * p;
    }
    return clamp(p);
  };
}

const persons = (spec: Record<string, number>, options?: RateOptions, extra: Partial<IndicatorModel> = {}): IndicatorModel => ({
  unit: "persons",
  probability: rate(spec, options),
  ...extra,
});
const households = (spec: Record<string, number>, options?: RateOptions, extra: Partial<IndicatorModel> = {}): IndicatorModel => ({
  unit: "households",
  probability: rate(spec, options),
  ...extra,
});
const ageCount = (...codes: AgeBand[]): IndicatorModel => ({
  unit: "persons",
  exact: (population, key) => (codes.includes(key as AgeBand) ? population.ages[key as AgeBand] : 0),
});
const householdCount = (...types: HouseholdType[]): IndicatorModel => ({
  unit: "households",
  exact: (population, key) => (types.includes(key as HouseholdType) ? population.households[key as HouseholdType] : 0),
});

/** Share of the buurt living far from a facility, by kind of buurt, shifted per buurt. */
function far(unit: Unit, shares: Record<Exclude<BuurtKind, "uninhabited">, number>): IndicatorModel {
  return {
    unit,
    spatial: true,
    probability: (context) => {
      if (context.buurt.kind === "uninhabited") return 0;
      const base = shares[context.buurt.kind];
      const logit = Math.log(base / (1 - base)) + context.buurtEffect;
      return clamp(1 / (1 + Math.exp(-logit)));
    },
  };
}

const YOUTH = { "0-3": 0, "4-11": 0, "12-17": 0 };

export const DEMO_MODELS: Record<string, IndicatorModel> = {
  // demografie
  kinderen_0_17: ageCount("0-3", "4-11", "12-17"),
  nieuwe_inwoners: persons(
    { "0-3": 0.07, "4-11": 0.04, "12-17": 0.03, "18-22": 0.06, "23-26": 0.1, "27-44": 0.07, "45-64": 0.025, "65-74": 0.015, "75-84": 0.015, "85+": 0.03 },
    { kind: { rural: 0.6, hamlet: 0.7, dense: 1.5 } },
  ),
  eenpersoonshuishoudens: householdCount("eenpersoons"),
  huishoudens_met_kinderen: householdCount("met-kinderen", "eenouder"),
  eenoudergezinnen: householdCount("eenouder"),

  // vergrijzing
  inwoners_65plus: ageCount("65-74", "75-84", "85+"),
  inwoners_75plus: ageCount("75-84", "85+"),
  inwoners_85plus: ageCount("85+"),
  alleenwonend_75plus: { unit: "persons", exact: (population, key) => population.alone[key as AgeBand] ?? 0 },
  partner_overleden_75plus: persons({ "75-84": 0.025, "85+": 0.05 }),

  // zorg
  wmo_totaal: persons(
    { "0-3": 0.003, "4-11": 0.01, "12-17": 0.015, "18-22": 0.02, "23-26": 0.022, "27-44": 0.025, "45-64": 0.045, "65-74": 0.09, "75-84": 0.28, "85+": 0.55 },
    { beta: 0.35, trend: 0.02 },
    {
      // The care complex: all but a handful of the buurt's 75-plussers have Wmo support.
      override: (context, key, available, random) =>
        context.buurt.careHome && (key === "75-84" || key === "85+") && context.population.careHome[key] > 0
          ? Math.max(0, available - random.integer(1, 3))
          : undefined,
    },
  ),
  wmo_hulp_huishouden: persons(
    { ...YOUTH, "18-22": 0.05, "23-26": 0.08, "27-44": 0.2, "45-64": 0.3, "65-74": 0.45, "75-84": 0.58, "85+": 0.68 },
    { careHome: 0.85 },
    { parent: "wmo_totaal" },
  ),
  wmo_begeleiding: persons(
    { "0-3": 0.2, "4-11": 0.35, "12-17": 0.45, "18-26": 0.55, "27-44": 0.45, "45-64": 0.35, "65-74": 0.15, "75-84": 0.06, "85+": 0.04 },
    { beta: 0.3, careHome: 0.1 },
    { parent: "wmo_totaal" },
  ),
  wmo_dagbesteding: persons(
    { "0-17": 0.05, "18-26": 0.3, "27-44": 0.2, "45-64": 0.18, "65-74": 0.12, "75-84": 0.09, "85+": 0.08 },
    { careHome: 0.15 },
    { parent: "wmo_totaal" },
  ),
  wmo_hulpmiddelen: persons(
    { "0-3": 0.5, "4-11": 0.4, "12-17": 0.35, "18-22": 0.3, "23-26": 0.28, "27-44": 0.3, "45-64": 0.35, "65-74": 0.45, "75-84": 0.55, "85+": 0.6 },
    { careHome: 0.65 },
    { parent: "wmo_totaal" },
  ),
  wmo_scootmobiel: persons(
    { "0-17": 0, "18-26": 0.05, "27-44": 0.1, "45-64": 0.2, "65-74": 0.3, "75-84": 0.33, "85+": 0.28 },
    { careHome: 0.3 },
    { parent: "wmo_hulpmiddelen" },
  ),
  wmo_woningaanpassing: persons(
    { "0-3": 0.05, "4-11": 0.06, "12-17": 0.05, "18-44": 0.04, "45-64": 0.06, "65-74": 0.08, "75-84": 0.07, "85+": 0.05 },
    { careHome: 0.02 },
    { parent: "wmo_totaal" },
  ),
  wmo_vervoer: persons(
    { "0-17": 0.08, "18-26": 0.2, "27-44": 0.22, "45-64": 0.3, "65-74": 0.4, "75-84": 0.5, "85+": 0.55 },
    { careHome: 0.55, kind: { rural: 1.2, hamlet: 1.15 } },
    { parent: "wmo_totaal" },
  ),
  beschermd_wonen: persons(
    { ...YOUTH, "18-22": 0.004, "23-26": 0.005, "27-44": 0.003, "45-64": 0.0025, "65-74": 0.0008, "75-84": 0.0003, "85+": 0 },
    { beta: 0.8 },
  ),
  maatschappelijke_opvang: persons(
    { ...YOUTH, "18-26": 0.003, "27-44": 0.002, "45-64": 0.0015, "65-74": 0.0003, "75+": 0 },
    { beta: 1 },
  ),
  mantelzorgwaardering: persons(
    { ...YOUTH, "18-22": 0.01, "23-26": 0.012, "27-44": 0.03, "45-64": 0.065, "65-74": 0.06, "75-84": 0.04, "85+": 0.02 },
    { trend: 0.01, kind: { rural: 1.15, hamlet: 1.1 } },
  ),

  // inkomen
  bijstand: persons(
    { ...YOUTH, "18-22": 0.025, "23-26": 0.037, "27-44": 0.04, "45-64": 0.042, "65-74": 0.007, "75+": 0 },
    { beta: 0.85, trend: -0.03 },
  ),
  bijstand_langdurig: persons(
    { "18-22": 0.12, "23-26": 0.3, "27-44": 0.5, "45-64": 0.7, "65-74": 0.85 },
    { beta: 0.3 },
    { parent: "bijstand" },
  ),
  laag_inkomen: households({ eenpersoons: 0.12, "zonder-kinderen": 0.035, "met-kinderen": 0.045, eenouder: 0.2 }, { beta: 0.8, trend: -0.01 }),
  inkomen_tot_120_sm: households({ eenpersoons: 0.13, "zonder-kinderen": 0.045, "met-kinderen": 0.06, eenouder: 0.28 }, { beta: 0.85 }),
  inkomen_tot_110_sm: households({ eenpersoons: 0.76, "zonder-kinderen": 0.74, "met-kinderen": 0.75, eenouder: 0.78 }, {}, { parent: "inkomen_tot_120_sm" }),
  inkomen_tot_101_sm: households({ eenpersoons: 0.8, "zonder-kinderen": 0.75, "met-kinderen": 0.76, eenouder: 0.8 }, {}, { parent: "inkomen_tot_110_sm" }),
  schuldhulpverlening: households({ eenpersoons: 0.014, "zonder-kinderen": 0.008, "met-kinderen": 0.012, eenouder: 0.035 }, { beta: 0.9, trend: 0.02 }),
  bijzondere_bijstand: households({ eenpersoons: 0.05, "zonder-kinderen": 0.015, "met-kinderen": 0.025, eenouder: 0.12 }, { beta: 0.9 }),
  minimaregelingen: households({ eenpersoons: 0.45, "zonder-kinderen": 0.35, "met-kinderen": 0.6, eenouder: 0.7 }, {}, { parent: "inkomen_tot_120_sm" }),
  minima_zonder_ondersteuning: households(
    { eenpersoons: 0.7, "zonder-kinderen": 0.8, "met-kinderen": 0.6, eenouder: 0.5 },
    { beta: -0.2 },
    { parent: "inkomen_tot_120_sm", parentMinus: "minimaregelingen" },
  ),
  kwijtschelding: households({ eenpersoons: 0.055, "zonder-kinderen": 0.015, "met-kinderen": 0.02, eenouder: 0.1 }, { beta: 0.8 }),
  betalingsachterstand: households({ eenpersoons: 0.05, "zonder-kinderen": 0.025, "met-kinderen": 0.045, eenouder: 0.1 }, { beta: 0.8, trend: 0.08 }),

  // jeugd
  jeugdhulp_totaal: persons({ "0-3": 0.04, "4-11": 0.12, "12-17": 0.15, "18-22": 0.045 }, { beta: 0.6, trend: 0.02 }),
  jeugdhulp_zonder_verblijf: persons({ "0-22": 0.88 }, {}, { parent: "jeugdhulp_totaal" }),
  jeugdhulp_met_verblijf: persons({ "0-3": 0.12, "4-11": 0.07, "12-17": 0.1, "18-22": 0.08 }, { beta: 0.4 }, { parent: "jeugdhulp_totaal" }),
  jeugdbescherming: persons({ "0-3": 0.12, "4-11": 0.08, "12-17": 0.09, "18-22": 0.02 }, { beta: 0.5 }, { parent: "jeugdhulp_totaal" }),
  jeugdreclassering: persons({ "12-17": 0.03, "18-22": 0.05 }, { beta: 0.6 }, { parent: "jeugdhulp_totaal" }),
  kinderen_laag_inkomen: persons({ "0-3": 0.1, "4-11": 0.09, "12-17": 0.08, "18-22": 0.065 }, { beta: 0.9, trend: -0.01 }),
  kinderen_in_bijstandsgezin: persons({ "0-17": 0.55, "18-22": 0.5 }, { beta: 0.2 }, { parent: "kinderen_laag_inkomen" }),
  // Poverty and youth care overlap: youth care users are more often poor than other children.
  jeugdhulp_en_laag_inkomen: persons({ "0-22": 0.15 }, { beta: 0.9 }, { parent: "jeugdhulp_totaal", cap: "kinderen_laag_inkomen" }),
  voortijdig_schoolverlaters: persons({ "12-17": 0.006, "18-22": 0.03 }, { beta: 0.7 }),

  // wonen
  huurtoeslag: households(
    { eenpersoons: 0.25, "zonder-kinderen": 0.06, "met-kinderen": 0.08, eenouder: 0.35 },
    { beta: 0.7, trend: 0.03, kind: { rural: 0.45, hamlet: 0.6, dense: 1.6 } },
  ),
  urgentieaanvragen: households({ eenpersoons: 0.004, "zonder-kinderen": 0.0015, "met-kinderen": 0.0025, eenouder: 0.012 }, { beta: 0.7 }),
  overbewoning: households(
    { eenpersoons: 0, "zonder-kinderen": 0.008, "met-kinderen": 0.035, eenouder: 0.025 },
    { beta: 0.6, kind: { rural: 0.5, hamlet: 0.6, dense: 2.5 } },
  ),
  huurachterstand: households(
    { eenpersoons: 0.4, "zonder-kinderen": 0.3, "met-kinderen": 0.35, eenouder: 0.45 },
    { kind: { rural: 0.4, hamlet: 0.5, dense: 1.3 } },
    { parent: "betalingsachterstand" },
  ),
  briefadres: persons({ ...YOUTH, "18-22": 0.003, "23-26": 0.004, "27-44": 0.004, "45-64": 0.003, "65-74": 0.001, "75+": 0.0003 }, { beta: 0.8 }),

  // voorzieningen
  huisarts_ver_75plus: far("persons", { tiny: 0.5, rural: 0.97, hamlet: 0.9, "village-core": 0.12, urban: 0.25, dense: 0.05 }),
  ontmoetingsplek_ver_75plus: far("persons", { tiny: 0.5, rural: 0.95, hamlet: 0.75, "village-core": 0.1, urban: 0.2, dense: 0.05 }),
  basisschool_ver: far("persons", { tiny: 0.5, rural: 0.93, hamlet: 0.8, "village-core": 0.1, urban: 0.08, dense: 0.1 }),
  speelplek_ver: far("persons", { tiny: 0.7, rural: 0.9, hamlet: 0.5, "village-core": 0.15, urban: 0.1, dense: 0.2 }),
  bushalte_ver: far("persons", { tiny: 0.2, rural: 0.8, hamlet: 0.45, "village-core": 0.05, urban: 0.04, dense: 0.02 }),
  supermarkt_ver: far("households", { tiny: 0.6, rural: 0.98, hamlet: 0.95, "village-core": 0.2, urban: 0.25, dense: 0.1 }),
};

/** An indicator the demo does not know: 5 % of the base, more in deprived buurten when higher is worse. */
export function fallbackModel(indicator: CatalogueIndicator, unit: Unit): IndicatorModel {
  const beta = indicator.higherIsWorse ? 0.5 : 0;
  return {
    unit,
    probability: (context) => clamp(0.05 * context.deprivation(beta) * context.buurtEffect),
  };
}
