import type { PrismaClient } from "../db/generated/client.ts";
import type { ImportSource } from "../import/import-source.ts";
import type { Catalogue } from "./catalogue-schema.ts";

export interface CatalogueSummary {
  themes: number;
  categorySets: number;
  basePopulations: number;
  indicators: number;
}

/**
 * Replaces the stored catalogue with the file's, in one transaction. Releases keep their
 * values; an indicator that left the catalogue is simply no longer shown.
 */
export async function writeCatalogue(prisma: PrismaClient, catalogue: Catalogue, source: ImportSource): Promise<CatalogueSummary> {
  return prisma.$transaction(async (tx) => {
    await tx.indicator.deleteMany();
    await tx.basePopulation.deleteMany();
    await tx.categorySet.deleteMany();
    await tx.theme.deleteMany();
    await tx.theme.createMany({
      data: catalogue.themes.map((theme, position) => ({ code: theme.code, nameNl: theme.name.nl, nameEn: theme.name.en, position })),
    });
    await tx.categorySet.createMany({
      data: catalogue.categorySets.map((set) => ({
        code: set.code,
        nameNl: set.name.nl,
        nameEn: set.name.en,
        categories: set.categories.map((category) => ({ code: category.code, nameNl: category.name.nl, nameEn: category.name.en })),
      })),
    });
    await tx.basePopulation.createMany({
      data: catalogue.basePopulations.map((base) => ({
        code: base.code,
        nameNl: base.name.nl,
        nameEn: base.name.en,
        unit: base.unit,
        categorySetCode: base.categorySet,
        totalEquals: base.totalEquals ?? undefined,
      })),
    });
    await tx.indicator.createMany({
      data: catalogue.indicators.map((indicator, position) => ({
        code: indicator.code,
        themeCode: indicator.theme,
        nameNl: indicator.name.nl,
        nameEn: indicator.name.en,
        definitionNl: indicator.definition.nl,
        definitionEn: indicator.definition.en,
        baseCode: indicator.base,
        sourceNl: indicator.source.nl,
        sourceEn: indicator.source.en,
        higherIsWorse: indicator.higherIsWorse,
        rateScale: indicator.rateScale,
        levels: indicator.levels,
        byCategory: indicator.byCategory,
        cbsKey: indicator.cbsKey,
        sensitive: indicator.sensitive,
        subsetOf: indicator.subsetOf,
        fromBase: indicator.fromBase ?? undefined,
        position,
      })),
    });
    const summary: CatalogueSummary = {
      themes: catalogue.themes.length,
      categorySets: catalogue.categorySets.length,
      basePopulations: catalogue.basePopulations.length,
      indicators: catalogue.indicators.length,
    };
    await tx.importLog.create({ data: { kind: "indicators", fileName: source.file, sha256: source.sha256, summary: { ...summary } } });
    return summary;
  });
}
