import { AGE_BANDS } from "./catalogue.ts";
import type { Division } from "./world.ts";

// The raw register of the attack examples, built in the test and handed to publishRelease
// as the CSV `npm run publish` reads (gebiedscode,indicator,jaar,categorie,aantal,basis).
// Only buurt rows are written: the parser sums wijken and the gemeente. The test keeps the
// raw counts in memory only to check what an attack learned against the truth.

export type Band = (typeof AGE_BANDS)[number];
export type ByBand = Record<Band, number>;
export interface RawCell {
  count: number;
  base: number;
}

export const TOTAL = "totaal";

/** A small deterministic hash of a string, for varied but fixed default populations. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export const registerKey = (indicator: string, year: number, area: string, category: string) =>
  `${indicator}|${year}|${area}|${category}`;

interface BuurtPeople {
  /** Inhabitants per age band. */
  inwoners: ByBand;
  /** Inhabitants aged 18+: the base population of bijstand. */
  adults: number;
}

/**
 * One year of raw counts for every buurt: by default every cell is comfortably safe
 * (at least 10 and at least 10 below its base), so only the cells a test makes
 * vulnerable on purpose (and their complements) get hidden.
 */
export class RawRegister {
  private readonly people = new Map<string, BuurtPeople>();
  private readonly counts = new Map<string, number>();

  constructor(
    readonly division: Division,
    readonly years: number[],
    readonly indicators: string[] = ["wmo", "hbh", "bijstand"],
  ) {
    for (const buurt of division.buurten) {
      const h = hash(buurt);
      this.people.set(buurt, {
        inwoners: { "0-17": 150 + (h % 211), "18-64": 400 + ((h >>> 8) % 613), "65+": 120 + ((h >>> 16) % 307) },
        adults: 250 + ((h >>> 4) % 701),
      });
      for (const year of years) {
        const y = hash(`${buurt}${year}`);
        this.setWmo(year, buurt, { "0-17": 12 + (y % 17), "18-64": 20 + ((y >>> 5) % 31), "65+": 30 + ((y >>> 10) % 41) });
        this.setBijstand(year, buurt, 15 + ((y >>> 15) % 37));
      }
    }
  }

  /** Sets the inhabitants of a buurt per band (all years). */
  setInwoners(buurt: string, inwoners: ByBand): this {
    this.people.get(this.checkBuurt(buurt))!.inwoners = { ...inwoners };
    return this;
  }

  setAdults(buurt: string, adults: number): this {
    this.people.get(this.checkBuurt(buurt))!.adults = adults;
    return this;
  }

  /** Wmo counts per band; hbh defaults to the largest safe share of it unless given. */
  setWmo(year: number, buurt: string, wmo: ByBand, hbh?: ByBand): this {
    for (const band of AGE_BANDS) {
      this.counts.set(registerKey("wmo", year, buurt, band), wmo[band]);
      const help = hbh?.[band] ?? (wmo[band] >= 20 ? Math.max(10, Math.floor(wmo[band] * 0.6)) : wmo[band]);
      this.counts.set(registerKey("hbh", year, buurt, band), help);
    }
    return this;
  }

  setHbh(year: number, buurt: string, hbh: ByBand): this {
    for (const band of AGE_BANDS) this.counts.set(registerKey("hbh", year, buurt, band), hbh[band]);
    return this;
  }

  setBijstand(year: number, buurt: string, count: number): this {
    this.counts.set(registerKey("bijstand", year, buurt, TOTAL), count);
    return this;
  }

  private checkBuurt(buurt: string): string {
    if (!this.people.has(buurt)) throw new Error(`${buurt} is not a buurt of the division`);
    return buurt;
  }

  /** The raw cell of a buurt, wijk or the gemeente (sums of their buurten), as the parser completes it. */
  cell(indicator: string, year: number, area: string, category: string): RawCell {
    const buurten = this.division.buurtenOf(area);
    return buurten
      .map((buurt) => this.buurtCell(indicator, year, buurt, category))
      .reduce((sum, cell) => ({ count: sum.count + cell.count, base: sum.base + cell.base }), { count: 0, base: 0 });
  }

  private buurtCell(indicator: string, year: number, buurt: string, category: string): RawCell {
    const people = this.people.get(buurt)!;
    if (indicator === "bijstand") return { count: this.counts.get(registerKey("bijstand", year, buurt, TOTAL))!, base: people.adults };
    if (indicator === "inwoners65") return { count: people.inwoners["65+"], base: sum(people.inwoners) };
    if (category === TOTAL) {
      return AGE_BANDS.map((band) => this.buurtCell(indicator, year, buurt, band)).reduce(
        (total, cell) => ({ count: total.count + cell.count, base: total.base + cell.base }),
        { count: 0, base: 0 },
      );
    }
    const band = category as Band;
    const count = this.counts.get(registerKey(indicator, year, buurt, band))!;
    return { count, base: people.inwoners[band] };
  }

  /** The CSV of `npm run publish`: buurt rows only (wijk and gemeente rows are optional). */
  toCsv(): string {
    const lines = ["gebiedscode,indicator,jaar,categorie,aantal,basis"];
    for (const indicator of this.indicators) {
      const categories = indicator === "wmo" || indicator === "hbh" ? [TOTAL, ...AGE_BANDS] : [TOTAL];
      for (const year of this.years) {
        for (const buurt of this.division.buurten) {
          for (const category of categories) {
            const { count, base } = this.buurtCell(indicator, year, buurt, category);
            lines.push(`${buurt},${indicator},${year},${category},${count},${base}`);
          }
        }
      }
    }
    return `${lines.join("\n")}\n`;
  }

  /** Every raw count and base of the register, wijken and gemeente included. */
  allCells(): { key: string; indicator: string; year: number; area: string; category: string; cell: RawCell }[] {
    const out: ReturnType<RawRegister["allCells"]> = [];
    for (const indicator of this.indicators) {
      const categories = indicator === "wmo" || indicator === "hbh" ? [TOTAL, ...AGE_BANDS] : [TOTAL];
      for (const year of this.years) {
        for (const area of this.division.areas) {
          for (const category of categories) {
            out.push({ key: registerKey(indicator, year, area, category), indicator, year, area, category, cell: this.cell(indicator, year, area, category) });
          }
        }
      }
    }
    return out;
  }
}

function sum(byBand: ByBand): number {
  return AGE_BANDS.reduce((total, band) => total + byBand[band], 0);
}
