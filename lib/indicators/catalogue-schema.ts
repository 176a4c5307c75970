import { z } from "zod";

// The indicator catalogue: the municipality's list of indicators with their base
// populations and category sets, in Dutch and English. Imported into the database with
// npm run import:indicators; pages read it from there.

const Code = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { message: "lower-case letters, digits, - and _" });
const CategoryCode = z.string().regex(/^[a-z0-9+]+(?:-[a-z0-9+]+)*$/, { message: "like 0-17 or 75+" });
const Text = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();

export const AREA_LEVELS = ["GEMEENTE", "WIJK", "BUURT"] as const;
/** The reserved category code of the total over all categories. */
export const TOTAL_CATEGORY = "totaal";

export const CategorySetSchema = z
  .object({
    code: Code,
    name: Text,
    categories: z
      .array(z.object({ code: CategoryCode.refine((c) => c !== TOTAL_CATEGORY, { message: `"${TOTAL_CATEGORY}" is reserved` }), name: Text }).strict())
      .min(2),
  })
  .strict();

export const BasePopulationSchema = z
  .object({
    code: Code,
    name: Text,
    unit: z.enum(["persons", "households"]),
    /** The categories the base population (and every indicator on it) is split into. */
    categorySet: Code.nullable(),
    /**
     * Set when this population's total is exactly one category of another (75-plussers =
     * the 75+ of all inhabitants): both are then rounded alike, so no figure is published
     * twice with different noise.
     */
    totalEquals: z.object({ base: Code, category: CategoryCode }).strict().nullable().default(null),
  })
  .strict();

export const ThemeSchema = z.object({ code: Code, name: Text }).strict();

export const IndicatorSchema = z
  .object({
    code: Code,
    theme: Code,
    name: Text,
    definition: Text,
    base: Code,
    source: Text,
    higherIsWorse: z.boolean(),
    /** Rates are shown per 100 (percent) or per 1,000 of the base population. */
    rateScale: z.union([z.literal(100), z.literal(1000)]),
    /** Always the gemeente, so every table is one tree with the gemeente at its root. */
    levels: z
      .array(z.enum(AREA_LEVELS))
      .min(1)
      .refine((levels) => levels.includes("GEMEENTE"), { message: "must include GEMEENTE" }),
    /** Split by the base population's categories (true) or totals only (false). */
    byCategory: z.boolean(),
    /** Key (without CBS's numeric suffix) of a CBS figure for the same population, if any. */
    cbsKey: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/).nullable(),
    /**
     * False for plain population counts (children, 75-plussers, households with children):
     * they equal sizes of base populations, which are published anyway, so they are
     * rounded but never suppressed.
     */
    sensitive: z.boolean().default(true),
    /** Indicators this one is a subset of (same base population), e.g. hulp bij het huishouden ⊂ Wmo. */
    subsetOf: z.array(Code).default([]),
    /**
     * A plain population count that is the sum of categories of a base population (children
     * = the 0-17 of all inhabitants): computed from the published base figures, never
     * rounded again, never suppressed, and not read from the register.
     */
    fromBase: z.object({ base: Code, categories: z.array(CategoryCode).min(1) }).strict().nullable().default(null),
  })
  .strict();

export const CatalogueSchema = z
  .object({
    $comment: z.string().optional(),
    themes: z.array(ThemeSchema).min(1),
    categorySets: z.array(CategorySetSchema),
    basePopulations: z.array(BasePopulationSchema).min(1),
    indicators: z.array(IndicatorSchema).min(1),
  })
  .strict()
  .superRefine((catalogue, context) => {
    const unique = (label: string, codes: string[], path: string) => {
      const seen = new Set<string>();
      codes.forEach((code, index) => {
        if (seen.has(code)) context.addIssue({ code: "custom", path: [path, index, "code"], message: `duplicate ${label} "${code}"` });
        seen.add(code);
      });
    };
    unique("theme", catalogue.themes.map((t) => t.code), "themes");
    unique("category set", catalogue.categorySets.map((s) => s.code), "categorySets");
    unique("base population", catalogue.basePopulations.map((b) => b.code), "basePopulations");
    unique("indicator", catalogue.indicators.map((i) => i.code), "indicators");
    const sets = new Set(catalogue.categorySets.map((s) => s.code));
    const themes = new Set(catalogue.themes.map((t) => t.code));
    const bases = new Map(catalogue.basePopulations.map((b) => [b.code, b]));
    const categoriesOf = (baseCode: string) => {
      const setCode = bases.get(baseCode)?.categorySet;
      return new Set(catalogue.categorySets.find((set) => set.code === setCode)?.categories.map((c) => c.code) ?? []);
    };
    catalogue.basePopulations.forEach((base, index) => {
      if (base.categorySet && !sets.has(base.categorySet)) {
        context.addIssue({ code: "custom", path: ["basePopulations", index, "categorySet"], message: `unknown category set "${base.categorySet}"` });
      }
      if (base.totalEquals && !categoriesOf(base.totalEquals.base).has(base.totalEquals.category)) {
        context.addIssue({ code: "custom", path: ["basePopulations", index, "totalEquals"], message: `"${base.totalEquals.base}" has no category "${base.totalEquals.category}"` });
      }
    });
    const indicatorByCode = new Map(catalogue.indicators.map((indicator) => [indicator.code, indicator]));
    catalogue.indicators.forEach((indicator, index) => {
      indicator.subsetOf.forEach((parentCode, p) => {
        const parent = indicatorByCode.get(parentCode);
        const path = ["indicators", index, "subsetOf", p];
        if (!parent) context.addIssue({ code: "custom", path, message: `unknown indicator "${parentCode}"` });
        else if (parent.base !== indicator.base) context.addIssue({ code: "custom", path, message: `"${parentCode}" counts within another base population` });
        else if (parentCode === indicator.code) context.addIssue({ code: "custom", path, message: "an indicator cannot be a subset of itself" });
      });
      if (indicator.fromBase) {
        const known = categoriesOf(indicator.fromBase.base);
        for (const category of indicator.fromBase.categories) {
          if (!known.has(category)) {
            context.addIssue({ code: "custom", path: ["indicators", index, "fromBase"], message: `"${indicator.fromBase.base}" has no category "${category}"` });
          }
        }
        if (indicator.sensitive || indicator.byCategory) {
          context.addIssue({ code: "custom", path: ["indicators", index, "fromBase"], message: "a count from base populations is not sensitive and has no categories" });
        }
      }
      if (!themes.has(indicator.theme)) context.addIssue({ code: "custom", path: ["indicators", index, "theme"], message: `unknown theme "${indicator.theme}"` });
      const base = bases.get(indicator.base);
      if (!base) context.addIssue({ code: "custom", path: ["indicators", index, "base"], message: `unknown base population "${indicator.base}"` });
      else if (indicator.byCategory && !base.categorySet) {
        context.addIssue({ code: "custom", path: ["indicators", index, "byCategory"], message: `base population "${base.code}" has no categories` });
      }
    });
  });

export type Catalogue = z.infer<typeof CatalogueSchema>;
export type CatalogueIndicator = z.infer<typeof IndicatorSchema>;
