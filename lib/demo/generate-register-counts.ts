import { type Catalogue, TOTAL_CATEGORY } from "../indicators/catalogue-schema.ts";
import { DEMO_MODELS, fallbackModel, type IndicatorModel, type MicroKey, type ModelContext, type Unit } from "./demo-indicator-models.ts";
import {
  AGE_BANDS,
  type BuurtPopulation,
  type BuurtProfile,
  buurtPopulation,
  buurtProfiles,
  buurtTotals,
  DemoInputError,
  type DemoBuurt,
  type DemoWijk,
  HOUSEHOLD_TYPES,
} from "./demo-population.ts";
import { randomFor } from "./seeded-random.ts";

export { DemoInputError };

// A FICTITIOUS register extract for demos and tests of the publish step: for every area
// (gemeente, wijken, buurten), indicator, year and category, the count and its base
// population, in the raw input format of `npm run publish`. Pure and deterministic: the
// same input and seed give the same rows. Only the wijk populations are real (CBS).

/** One row of the raw register input (gebiedscode,indicator,jaar,categorie,aantal,basis). */
export interface RegisterRow {
  gebiedscode: string;
  indicator: string;
  jaar: number;
  /** "totaal" or a category code of the indicator's base population. */
  categorie: string;
  aantal: number;
  basis: number;
}

export interface RegisterCountsInput {
  buurten: DemoBuurt[];
  /** Wijken with their number of inhabitants in the population year (CBS AantalInwoners). */
  wijken: DemoWijk[];
  gemeenteCode: string;
  catalogue: Catalogue;
  years: number[];
  seed: string;
  /** The year of the wijk populations; default the last of `years`. Earlier years have 0.4 % fewer inhabitants per year. */
  populationYear?: number;
}

/** A base population in the generator's terms: which bands or household types it holds, per category. */
interface BaseLayout {
  unit: Unit;
  keys: MicroKey[];
  categories: { code: string; keys: MicroKey[] }[];
}

const AGE_RANGE = /^(\d+)-(\d+)$/;
const AGE_FROM = /^(\d+)\+$/;

function ageRange(code: string): [number, number] | null {
  const range = code.match(AGE_RANGE);
  if (range) return [Number(range[1]), Number(range[2])];
  const from = code.match(AGE_FROM);
  return from ? [Number(from[1]), Number.POSITIVE_INFINITY] : null;
}

/** The age bands that make up an age range exactly, or an error naming the range. */
function bandsOf(from: number, to: number, what: string): MicroKey[] {
  const inside = AGE_BANDS.filter((band) => band.from >= from && band.to <= to);
  const covered = inside.reduce((sum, band) => sum + (Math.min(band.to, 200) - band.from + 1), 0);
  if (inside.length === 0 || covered !== Math.min(to, 200) - from + 1) {
    throw new DemoInputError(`${what}: the demo generator's age bands (${AGE_BANDS.map((b) => b.code).join(", ")}) cannot form ages ${from}–${to}`);
  }
  return inside.map((band) => band.code);
}

function baseLayouts(catalogue: Catalogue): Map<string, BaseLayout> {
  const sets = new Map(catalogue.categorySets.map((set) => [set.code, set]));
  const layouts = new Map<string, BaseLayout>();
  for (const base of catalogue.basePopulations) {
    const set = base.categorySet ? sets.get(base.categorySet) : undefined;
    const what = `base population "${base.code}"`;
    let categories: BaseLayout["categories"] = [];
    let keys: MicroKey[];
    if (base.unit === "households") {
      categories = (set?.categories ?? []).map((category) => {
        if (!(HOUSEHOLD_TYPES as readonly string[]).includes(category.code)) {
          throw new DemoInputError(`${what}: the demo generator knows the household types ${HOUSEHOLD_TYPES.join(", ")}, not "${category.code}"`);
        }
        return { code: category.code, keys: [category.code as MicroKey] };
      });
      keys = categories.length > 0 ? categories.flatMap((c) => c.keys) : [...HOUSEHOLD_TYPES];
    } else {
      categories = (set?.categories ?? []).map((category) => {
        const range = ageRange(category.code);
        if (!range) throw new DemoInputError(`${what}: category "${category.code}" is not an age range like 18-64 or 75+`);
        return { code: category.code, keys: bandsOf(range[0], range[1], `${what}, category ${category.code}`) };
      });
      if (categories.length > 0) keys = categories.flatMap((c) => c.keys);
      else {
        const plus = base.code.match(/(\d+)plus$/);
        const range = base.code.match(/(\d+)-(\d+)$/);
        keys = plus
          ? bandsOf(Number(plus[1]), Number.POSITIVE_INFINITY, what)
          : range
            ? bandsOf(Number(range[1]), Number(range[2]), what)
            : AGE_BANDS.map((band) => band.code);
      }
    }
    if (new Set(keys).size !== keys.length) throw new DemoInputError(`${what}: its categories overlap`);
    layouts.set(base.code, { unit: base.unit, keys, categories });
  }
  return layouts;
}

/** All models to draw, parents before children; unknown indicators get the fallback. */
function modelsFor(catalogue: Catalogue, layouts: Map<string, BaseLayout>): Map<string, IndicatorModel> {
  const wanted = new Map<string, IndicatorModel>();
  for (const indicator of catalogue.indicators) {
    const unit = layouts.get(indicator.base)!.unit;
    const model = DEMO_MODELS[indicator.code] ?? fallbackModel(indicator, unit);
    if (model.unit !== unit) {
      throw new DemoInputError(`indicator "${indicator.code}": the demo model counts ${model.unit}, but its base population counts ${unit}`);
    }
    wanted.set(indicator.code, model);
  }
  const ordered = new Map<string, IndicatorModel>();
  const visit = (code: string, model: IndicatorModel, path: string[]) => {
    if (ordered.has(code)) return;
    if (path.includes(code)) throw new DemoInputError(`demo models depend on each other in a circle: ${[...path, code].join(" → ")}`);
    for (const dependency of [model.parent, model.parentMinus, model.cap]) {
      if (!dependency) continue;
      const other = wanted.get(dependency) ?? DEMO_MODELS[dependency];
      if (!other) throw new DemoInputError(`demo model "${code}" depends on unknown model "${dependency}"`);
      if (other.unit !== model.unit) throw new DemoInputError(`demo model "${code}" and "${dependency}" count different units`);
      visit(dependency, other, [...path, code]);
    }
    ordered.set(code, model);
  };
  for (const [code, model] of wanted) visit(code, model, []);
  return ordered;
}

type Counts = Map<string, Map<MicroKey, number>>;

function drawCounts(
  models: Map<string, IndicatorModel>,
  profile: BuurtProfile,
  population: BuurtPopulation,
  context: Omit<ModelContext, "buurtEffect">,
  year: number,
  seed: string,
): Counts {
  const counts: Counts = new Map();
  for (const [code, model] of models) {
    const keys: readonly MicroKey[] = model.unit === "persons" ? AGE_BANDS.map((band) => band.code) : HOUSEHOLD_TYPES;
    const effectRandom = randomFor(seed, "effect", code, profile.code);
    const buurtEffect = model.spatial ? 0.6 * effectRandom.normal() : Math.exp(0.15 * effectRandom.normal() - 0.15 ** 2 / 2);
    const fullContext: ModelContext = { ...context, buurtEffect };
    const cells = new Map<MicroKey, number>();
    for (const key of keys) {
      const base = model.unit === "persons" ? population.ages[key as keyof BuurtPopulation["ages"]] : population.households[key as keyof BuurtPopulation["households"]];
      let count: number;
      if (model.exact) count = model.exact(population, key);
      else {
        let available = base;
        if (model.parent) available = counts.get(model.parent)!.get(key)!;
        if (model.parentMinus) available -= counts.get(model.parentMinus)!.get(key)!;
        available = Math.max(0, available);
        const random = randomFor(seed, "count", code, profile.code, year, key);
        count = model.override?.(fullContext, key, available, random) ?? random.binomial(available, model.probability!(fullContext, key));
      }
      if (model.cap) count = Math.min(count, counts.get(model.cap)!.get(key)!);
      cells.set(key, Math.min(Math.max(0, count), base));
    }
    counts.set(code, cells);
  }
  return counts;
}

/** exp(β·z − β²·v/2) with z centred on the gemeente's population-weighted mean. */
function deprivationScale(profiles: BuurtProfile[], totals: Map<string, number>, year: number, populationYear: number, seed: string) {
  const z = new Map(
    profiles.map((p) => [
      p.code,
      p.deprivation + 0.04 * p.deprivationTrend * (year - populationYear) + 0.05 * randomFor(seed, "drift", p.code, year).normal(),
    ]),
  );
  const weight = (code: string) => totals.get(code) ?? 0;
  const sum = profiles.reduce((s, p) => s + weight(p.code), 0) || 1;
  const mean = profiles.reduce((s, p) => s + weight(p.code) * z.get(p.code)!, 0) / sum;
  const variance = profiles.reduce((s, p) => s + weight(p.code) * (z.get(p.code)! - mean) ** 2, 0) / sum;
  return (code: string) => {
    const centred = z.get(code)! - mean;
    return (beta: number) => Math.exp(beta * centred - (beta * beta * variance) / 2);
  };
}

function checkInput(input: RegisterCountsInput): void {
  const codes = new Set<string>();
  for (const code of [input.gemeenteCode, ...input.wijken.map((w) => w.code), ...input.buurten.map((b) => b.code)]) {
    if (codes.has(code)) throw new DemoInputError(`Area code ${code} occurs twice in the input`);
    codes.add(code);
  }
  for (const wijk of input.wijken) {
    if (!Number.isInteger(wijk.population) || wijk.population < 0) throw new DemoInputError(`Wijk ${wijk.code} needs a whole, non-negative population`);
  }
  for (const year of input.years) if (!Number.isInteger(year)) throw new DemoInputError(`Year ${year} is not a whole number`);
  if (input.years.length === 0) throw new DemoInputError("Name at least one year");
  if (new Set(input.years).size !== input.years.length) throw new DemoInputError("A year occurs twice");
}

/** The demo register: rows for every area × indicator × year × (totaal + categories when byCategory). */
export function generateRegisterCounts(input: RegisterCountsInput): RegisterRow[] {
  checkInput(input);
  const { catalogue, seed, gemeenteCode } = input;
  const years = [...input.years].sort((a, b) => a - b);
  const populationYear = input.populationYear ?? years[years.length - 1]!;
  const layouts = baseLayouts(catalogue);
  const models = modelsFor(catalogue, layouts);
  const profiles = buurtProfiles(input.buurten, input.wijken, seed).sort((a, b) => a.code.localeCompare(b.code));
  const wijken = [...input.wijken].sort((a, b) => a.code.localeCompare(b.code));

  // Per indicator, year and buurt: [aantal, basis] for totaal and each published category.
  type Cells = { aantal: number[]; basis: number[] };
  const buurtCells = new Map<string, Cells>();
  const cellKey = (indicator: string, year: number, area: string) => `${indicator}|${year}|${area}`;

  for (const year of years) {
    const totals = buurtTotals(profiles, wijken, year, populationYear);
    const deprivation = deprivationScale(profiles, totals, year, populationYear, seed);
    for (const profile of profiles) {
      const population = buurtPopulation(profile, totals.get(profile.code) ?? 0, year, populationYear, seed);
      const counts = drawCounts(
        models,
        profile,
        population,
        { buurt: profile, population, yearsBack: populationYear - year, deprivation: deprivation(profile.code) },
        year,
        seed,
      );
      for (const indicator of catalogue.indicators) {
        const layout = layouts.get(indicator.base)!;
        const cells = counts.get(indicator.code)!;
        const baseOf = (key: MicroKey) =>
          layout.unit === "persons"
            ? population.ages[key as keyof BuurtPopulation["ages"]]
            : population.households[key as keyof BuurtPopulation["households"]];
        const groups = [layout.keys, ...(indicator.byCategory ? layout.categories.map((c) => c.keys) : [])];
        buurtCells.set(cellKey(indicator.code, year, profile.code), {
          aantal: groups.map((keys) => keys.reduce((sum, key) => sum + cells.get(key)!, 0)),
          basis: groups.map((keys) => keys.reduce((sum, key) => sum + baseOf(key), 0)),
        });
      }
    }
  }

  const rows: RegisterRow[] = [];
  const add = (a: Cells, b: Cells): Cells => ({ aantal: a.aantal.map((v, i) => v + b.aantal[i]!), basis: a.basis.map((v, i) => v + b.basis[i]!) });
  for (const indicator of catalogue.indicators) {
    const layout = layouts.get(indicator.base)!;
    const categoryCodes = [TOTAL_CATEGORY, ...(indicator.byCategory ? layout.categories.map((c) => c.code) : [])];
    const zero = (): Cells => ({ aantal: categoryCodes.map(() => 0), basis: categoryCodes.map(() => 0) });
    for (const year of years) {
      const buurtRows = profiles.map((p) => ({ code: p.code, wijkCode: p.wijkCode, cells: buurtCells.get(cellKey(indicator.code, year, p.code))! }));
      const wijkRows = wijken.map((wijk) => ({
        code: wijk.code,
        cells: buurtRows.filter((b) => b.wijkCode === wijk.code).reduce((sum, b) => add(sum, b.cells), zero()),
      }));
      const gemeente = wijkRows.reduce((sum, w) => add(sum, w.cells), zero());
      for (const area of [{ code: gemeenteCode, cells: gemeente }, ...wijkRows, ...buurtRows]) {
        categoryCodes.forEach((categorie, index) => {
          rows.push({
            gebiedscode: area.code,
            indicator: indicator.code,
            jaar: year,
            categorie,
            aantal: area.cells.aantal[index]!,
            basis: area.cells.basis[index]!,
          });
        });
      }
    }
  }
  return rows;
}
