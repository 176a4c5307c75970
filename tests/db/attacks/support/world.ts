import { getAreaDivision } from "@/lib/areas/get-area-division.ts";
import { importAreas } from "@/lib/areas/import-areas.ts";
import { loadHighs } from "@/lib/disclosure/audit/lp-intervals.ts";
import { DEFAULT_PARAMETERS } from "@/lib/disclosure/parameters.ts";
import type { Database } from "@/lib/db/open-database.ts";
import { importSource } from "@/lib/import/import-source.ts";
import { writeCatalogue } from "@/lib/indicators/write-catalogue.ts";
import { type PublishOutcome, publishRelease } from "@/lib/releases/publish-release.ts";
import { demoSource, MAASHORST } from "../../support/demo-files.ts";
import { openMigratedDatabase, type TestTarget } from "../../support/test-databases.ts";
import { attackCatalogue, type CatalogueOptions } from "./catalogue.ts";

// A fresh database set up like a municipality would: the real Maashorst division of 2022,
// a crafted indicator catalogue, and then whatever a test publishes through the real
// publish pipeline.

export const GEMEENTE = MAASHORST.gemeenteCode;
export const DIVISION_YEAR = 2022;
export const PARAMETERS = DEFAULT_PARAMETERS;
export const SALT = "attack-examples-fixed-salt-0001";

/** The public structure of the division (which buurten lie in which wijk). */
export interface Division {
  gemeente: string;
  wijken: string[];
  buurten: string[];
  /** Every area code: gemeente, wijken, buurten. */
  areas: string[];
  parentOf: Map<string, string | null>;
  childrenOf(area: string): string[];
  /** The buurten an area consists of (a buurt: itself). */
  buurtenOf(area: string): string[];
  wijkOf(buurt: string): string;
}

export async function loadDivision(db: Database): Promise<Division> {
  const view = await getAreaDivision(db.prisma, GEMEENTE, DIVISION_YEAR);
  if (!view) throw new Error("division not imported");
  const gemeente = view.gemeente.code;
  const wijken = view.wijken.map((wijk) => wijk.code).sort();
  const parentOf = new Map<string, string | null>([[gemeente, null]]);
  const children = new Map<string, string[]>([[gemeente, wijken]]);
  const buurten: string[] = [];
  for (const wijk of view.wijken) {
    parentOf.set(wijk.code, gemeente);
    const codes = wijk.buurten.map((buurt) => buurt.code).sort();
    children.set(wijk.code, codes);
    for (const code of codes) {
      parentOf.set(code, wijk.code);
      children.set(code, []);
      buurten.push(code);
    }
  }
  buurten.sort();
  const buurtenOf = (area: string): string[] => {
    const kids = children.get(area);
    if (!kids) throw new Error(`unknown area ${area}`);
    return kids.length === 0 ? [area] : kids.flatMap(buurtenOf);
  };
  return {
    gemeente,
    wijken,
    buurten,
    areas: [gemeente, ...wijken, ...buurten],
    parentOf,
    childrenOf: (area) => children.get(area) ?? [],
    buurtenOf,
    wijkOf: (buurt) => parentOf.get(buurt)!,
  };
}

export interface World {
  db: Database;
  division: Division;
  dispose(): Promise<void>;
}

export async function openWorld(target: TestTarget, catalogue: CatalogueOptions = {}): Promise<World> {
  const { db, dispose } = await openMigratedDatabase(target);
  try {
    await importAreas(db.prisma, [demoSource("buurten")], MAASHORST);
    const { catalogue: parsed, source } = attackCatalogue(catalogue);
    await writeCatalogue(db.prisma, parsed, source);
    return { db, division: await loadDivision(db), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

export interface PublishArgs {
  salt?: string;
  isDemo?: boolean;
  file?: string;
}

/** `npm run publish` on the raw CSV: the real pipeline, fixed salt, default parameters. */
export async function publish(db: Database, csv: string, args: PublishArgs = {}): Promise<PublishOutcome> {
  return publishRelease(db, importSource(args.file ?? "register.csv", csv), {
    gemeenteCode: GEMEENTE,
    divisionYear: DIVISION_YEAR,
    parameters: PARAMETERS,
    salt: args.salt ?? SALT,
    isDemo: args.isDemo ?? false,
    highs: await loadHighs(),
  });
}
