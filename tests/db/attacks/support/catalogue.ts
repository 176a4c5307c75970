import { importSource } from "@/lib/import/import-source.ts";
import type { Catalogue } from "@/lib/indicators/catalogue-schema.ts";
import { parseCatalogue } from "@/lib/indicators/parse-catalogue.ts";

// A small crafted catalogue for the attack examples, parsed and validated by the real
// catalogue parser exactly as `npm run import:indicators` would.
//
//   wmo        Wmo clients among all inhabitants, split by age band (0-17, 18-64, 65+),
//              CBS publishes the same population as "WmoClienten" (cbsKey)
//   hbh        help in the household, a subset of wmo (subsetOf), same age split
//   bijstand   adults on welfare (base: inhabitants 18+), totals only; CBS publishes the same
//              population as "PersonenPerSoortUitkeringBijstand" (cbsKey)
//   inwoners65 plain population count of the 65+ (not sensitive: rounded, never hidden)

export const AGE_BANDS = ["0-17", "18-64", "65+"] as const;

const text = (nl: string, en: string = nl) => ({ nl, en });

export interface CatalogueOptions {
  /** Include the plain population count indicator inwoners65 (default false). */
  populationCount?: boolean;
  /** Give wmo the CBS key WmoClienten (default true). */
  cbsKey?: boolean;
}

export function attackCatalogueJson(options: CatalogueOptions = {}): string {
  const levels = ["GEMEENTE", "WIJK", "BUURT"];
  const indicator = (code: string, base: string, extra: Record<string, unknown>) => ({
    code,
    theme: "zorg",
    name: text(code),
    definition: text(`${code} (attack example)`),
    base,
    source: text("Gemeente"),
    higherIsWorse: true,
    rateScale: 1000,
    levels,
    byCategory: false,
    cbsKey: null,
    ...extra,
  });
  const catalogue = {
    themes: [{ code: "zorg", name: text("Zorg", "Care") }],
    categorySets: [
      {
        code: "leeftijd",
        name: text("Leeftijd", "Age"),
        categories: AGE_BANDS.map((code) => ({ code, name: text(code) })),
      },
    ],
    basePopulations: [
      { code: "inwoners", name: text("Inwoners", "Inhabitants"), unit: "persons", categorySet: "leeftijd" },
      { code: "volwassenen", name: text("Inwoners van 18 jaar en ouder", "Inhabitants aged 18+"), unit: "persons", categorySet: null },
    ],
    indicators: [
      indicator("wmo", "inwoners", { byCategory: true, cbsKey: options.cbsKey === false ? null : "WmoClienten" }),
      indicator("hbh", "inwoners", { byCategory: true, subsetOf: ["wmo"] }),
      indicator("bijstand", "volwassenen", { rateScale: 100, cbsKey: "PersonenPerSoortUitkeringBijstand" }),
      // A plain population count that equals a base figure is declared with fromBase, so the
      // site shows the base's own rounded value instead of rounding the same people twice.
      ...(options.populationCount
        ? [indicator("inwoners65", "inwoners", { sensitive: false, higherIsWorse: false, fromBase: { base: "inwoners", categories: ["65+"] } })]
        : []),
    ],
  };
  return JSON.stringify(catalogue, null, 2);
}

export function attackCatalogue(options: CatalogueOptions = {}): { catalogue: Catalogue; source: ReturnType<typeof importSource> } {
  const source = importSource("attack-catalogue.json", attackCatalogueJson(options));
  return { catalogue: parseCatalogue(source.content, source.file), source };
}
