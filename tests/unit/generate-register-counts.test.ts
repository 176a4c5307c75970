import { describe, expect, it } from "vitest";
import { type Catalogue, TOTAL_CATEGORY } from "@/lib/indicators/catalogue-schema.ts";
import { DemoInputError, generateRegisterCounts, type RegisterCountsInput, type RegisterRow } from "@/lib/demo/generate-register-counts.ts";
import { REGISTER_CSV_HEADER, toRegisterCsv } from "@/lib/demo/to-register-csv.ts";
import { demoBuurten, demoCatalogue, demoWijken } from "./support/demo-input-from-files.ts";

// The real Maashorst areas and CBS wijk populations (../shared/data), the shipped catalogue.
const catalogue = demoCatalogue;
const buurten = demoBuurten;
const wijken = demoWijken;

const YEARS = [2021, 2022, 2023, 2024];
const input = (change: Partial<RegisterCountsInput> = {}): RegisterCountsInput => ({
  buurten,
  wijken,
  gemeenteCode: "GM1991",
  catalogue,
  years: YEARS,
  seed: "buurtbeeld-demo",
  ...change,
});

const rows = generateRegisterCounts(input());
const key = (area: string, indicator: string, year: number, category = TOTAL_CATEGORY) => `${area}|${indicator}|${year}|${category}`;
const byKey = new Map(rows.map((row) => [key(row.gebiedscode, row.indicator, row.jaar, row.categorie), row]));
const cell = (area: string, indicator: string, year: number, category = TOTAL_CATEGORY): RegisterRow => {
  const row = byKey.get(key(area, indicator, year, category));
  if (!row) throw new Error(`no row ${key(area, indicator, year, category)}`);
  return row;
};

const basesByCode = new Map(catalogue.basePopulations.map((b) => [b.code, b]));
const setsByCode = new Map(catalogue.categorySets.map((s) => [s.code, s]));
const categoriesOf = (indicator: Catalogue["indicators"][number]) =>
  indicator.byCategory ? setsByCode.get(basesByCode.get(indicator.base)!.categorySet!)!.categories.map((c) => c.code) : [];
const buurtByName = (pattern: RegExp) => buurten.find((b) => pattern.test(b.name))!;
const rate = (row: RegisterRow) => row.aantal / row.basis;

describe("generateRegisterCounts", () => {
  it("is deterministic: the same seed gives the same CSV, another seed another one", () => {
    const again = toRegisterCsv(generateRegisterCounts(input()));
    expect(again).toBe(toRegisterCsv(rows));
    expect(toRegisterCsv(generateRegisterCounts(input({ seed: "another seed" })))).not.toBe(again);
  });

  it("writes the raw register format", () => {
    const csv = toRegisterCsv(rows);
    const lines = csv.split("\n");
    expect(lines[0]).toBe(REGISTER_CSV_HEADER);
    expect(REGISTER_CSV_HEADER).toBe("gebiedscode,indicator,jaar,categorie,aantal,basis");
    expect(lines[1]).toMatch(/^GM1991,[a-z0-9_]+,2021,totaal,\d+,\d+$/);
    expect(lines).toHaveLength(rows.length + 2); // header, rows, empty string after the last LF
    expect(csv.endsWith("\n")).toBe(true);
  });

  it("has one row for every area × indicator × year × (totaal + categories when byCategory)", () => {
    const areas = 1 + wijken.length + buurten.length;
    const expected = catalogue.indicators.reduce((sum, i) => sum + areas * YEARS.length * (1 + categoriesOf(i).length), 0);
    expect(rows).toHaveLength(expected);
    expect(byKey.size).toBe(rows.length);
    const missing: string[] = [];
    for (const i of catalogue.indicators) {
      for (const year of YEARS) {
        for (const code of ["GM1991", ...wijken.map((w) => w.code), ...buurten.map((b) => b.code)]) {
          for (const category of [TOTAL_CATEGORY, ...categoriesOf(i)]) {
            if (!byKey.has(key(code, i.code, year, category))) missing.push(key(code, i.code, year, category));
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("keeps every count a whole number between 0 and its base", () => {
    const wrong = rows.filter((row) => !Number.isInteger(row.aantal) || !Number.isInteger(row.basis) || row.aantal < 0 || row.aantal > row.basis);
    expect(wrong).toEqual([]);
  });

  it("adds up exactly: categories to the total, buurten to their wijk, wijken to the gemeente", () => {
    for (const i of catalogue.indicators) {
      const categories = categoriesOf(i);
      for (const year of YEARS) {
        for (const category of [TOTAL_CATEGORY, ...categories]) {
          for (const wijk of wijken) {
            const parts = buurten.filter((b) => b.wijkCode === wijk.code).map((b) => cell(b.code, i.code, year, category));
            const whole = cell(wijk.code, i.code, year, category);
            expect([whole.aantal, whole.basis], `${wijk.code} ${i.code} ${year} ${category}`).toEqual([
              parts.reduce((s, p) => s + p.aantal, 0),
              parts.reduce((s, p) => s + p.basis, 0),
            ]);
          }
          const gemeente = cell("GM1991", i.code, year, category);
          const parts = wijken.map((w) => cell(w.code, i.code, year, category));
          expect([gemeente.aantal, gemeente.basis]).toEqual([parts.reduce((s, p) => s + p.aantal, 0), parts.reduce((s, p) => s + p.basis, 0)]);
        }
        if (categories.length === 0) continue;
        for (const code of ["GM1991", ...wijken.map((w) => w.code), ...buurten.map((b) => b.code)]) {
          const total = cell(code, i.code, year);
          const parts = categories.map((c) => cell(code, i.code, year, c));
          expect([total.aantal, total.basis], `${code} ${i.code} ${year}`).toEqual([
            parts.reduce((s, p) => s + p.aantal, 0),
            parts.reduce((s, p) => s + p.basis, 0),
          ]);
        }
      }
    }
  });

  it("gives every indicator of one base population the same base", () => {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const i = catalogue.indicators.find((x) => x.code === row.indicator)!;
      const id = `${i.base}|${row.gebiedscode}|${row.jaar}|${row.categorie}`;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, row.basis);
      else expect(row.basis, `${row.indicator} ${id}`).toBe(first);
    }
  });

  it("puts nobody on the air base: base 0 and all counts 0 (a structural zero)", () => {
    const airBase = buurtByName(/Vliegbasis/);
    const own = rows.filter((row) => row.gebiedscode === airBase.code);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => row.aantal === 0 && row.basis === 0)).toBe(true);
  });

  it("gives the sports park only a handful of inhabitants", () => {
    const park = buurtByName(/Sportpark/);
    for (const year of YEARS) {
      const inhabitants = cell(park.code, "wmo_totaal", year).basis;
      expect(inhabitants).toBeGreaterThanOrEqual(10);
      expect(inhabitants).toBeLessThanOrEqual(20);
    }
  });

  it("has one care-home buurt where nearly every 75-plusser has Wmo (the near-complete rule)", () => {
    const nearComplete = (code: string, year: number) => {
      const old = cell(code, "wmo_totaal", year, "75+");
      return old.basis >= 100 && old.aantal > 0 && old.basis - old.aantal < 10;
    };
    const careHomes = buurten.filter((b) => YEARS.every((year) => nearComplete(b.code, year)));
    expect(careHomes).toHaveLength(1);
    for (const year of YEARS) {
      const old = cell(careHomes[0]!.code, "wmo_totaal", year, "75+");
      expect(old.basis).toBeGreaterThanOrEqual(105);
      expect(old.basis).toBeLessThanOrEqual(135);
      expect(old.basis - old.aantal).toBeLessThanOrEqual(10);
    }
  });

  it("matches the CBS wijk populations within 1 % in the last year, with fewer inhabitants before", () => {
    for (const wijk of wijken) {
      const last = cell(wijk.code, "wmo_totaal", 2024).basis;
      expect(Math.abs(last - wijk.population) / wijk.population, wijk.code).toBeLessThanOrEqual(0.01);
      expect(cell(wijk.code, "wmo_totaal", 2021).basis).toBeLessThan(last);
    }
  });

  it("has realistic magnitudes for the gemeente", () => {
    const g = (indicator: string, category?: string) => rate(cell("GM1991", indicator, 2024, category));
    expect(g("wmo_totaal")).toBeGreaterThan(0.04);
    expect(g("wmo_totaal")).toBeLessThan(0.1);
    expect(g("wmo_totaal", "75+")).toBeGreaterThan(0.25);
    expect(g("wmo_totaal", "75+")).toBeLessThan(0.45);
    expect(g("bijstand")).toBeGreaterThan(0.02);
    expect(g("bijstand")).toBeLessThan(0.04);
    expect(g("laag_inkomen")).toBeGreaterThan(0.05);
    expect(g("laag_inkomen")).toBeLessThan(0.11);
    const youthCare = ["0-11", "12-17"].map((c) => cell("GM1991", "jeugdhulp_totaal", 2024, c));
    const underAge = youthCare.reduce((s, r) => s + r.aantal, 0) / youthCare.reduce((s, r) => s + r.basis, 0);
    expect(underAge).toBeGreaterThan(0.08);
    expect(underAge).toBeLessThan(0.16);
    expect(g("kinderen_0_17")).toBeGreaterThan(0.16);
    expect(g("kinderen_0_17")).toBeLessThan(0.22);
    expect(g("inwoners_75plus")).toBeGreaterThan(0.08);
    expect(g("inwoners_75plus")).toBeLessThan(0.13);
    const households = cell("GM1991", "laag_inkomen", 2024).basis;
    const size = cell("GM1991", "wmo_totaal", 2024).basis / households;
    expect(size).toBeGreaterThan(1.9);
    expect(size).toBeLessThan(2.6);
  });

  it("uses per 1,000 for the rare indicators and per 100 for the common ones", () => {
    for (const i of catalogue.indicators) {
      const r = rate(cell("GM1991", i.code, 2024));
      if (i.rateScale === 1000) expect(r, i.code).toBeLessThan(0.025);
      else expect(r, i.code).toBeGreaterThan(0.015);
    }
  });

  it("has small and zero cells in small buurten, nested services never above their whole", () => {
    const small = buurten.map((b) => cell(b.code, "bijstand", 2024)).filter((r) => r.basis > 0 && r.aantal < 10);
    expect(small.length).toBeGreaterThan(5);
    expect(rows.some((r) => r.basis > 0 && r.aantal === 0)).toBe(true);
    for (const row of rows.filter((r) => r.indicator === "wmo_hulp_huishouden")) {
      expect(row.aantal).toBeLessThanOrEqual(cell(row.gebiedscode, "wmo_totaal", row.jaar, row.categorie).aantal);
    }
    for (const row of rows.filter((r) => r.indicator === "jeugdhulp_en_laag_inkomen")) {
      const poor = cell(row.gebiedscode, "kinderen_laag_inkomen", row.jaar, row.categorie).aantal;
      const care = cell(row.gebiedscode, "jeugdhulp_totaal", row.jaar, row.categorie).aantal;
      expect(row.aantal).toBeLessThanOrEqual(Math.min(poor, care));
    }
  });

  it("lets poverty, benefits and youth care go together across buurten", () => {
    const large = buurten.filter((b) => cell(b.code, "jeugdhulp_totaal", 2024).basis >= 300);
    const correlation = (a: string, b: string) => {
      const x = large.map((buurt) => rate(cell(buurt.code, a, 2024)));
      const y = large.map((buurt) => rate(cell(buurt.code, b, 2024)));
      const mean = (v: number[]) => v.reduce((s, n) => s + n, 0) / v.length;
      const [mx, my] = [mean(x), mean(y)];
      const cov = x.reduce((s, xi, i) => s + (xi - mx) * (y[i]! - my), 0);
      const sd = (v: number[], m: number) => Math.sqrt(v.reduce((s, n) => s + (n - m) ** 2, 0));
      return cov / (sd(x, mx) * sd(y, my));
    };
    expect(large.length).toBeGreaterThan(10);
    // Typically 0.8–0.95; the bounds leave room for other seeds.
    expect(correlation("bijstand", "kinderen_laag_inkomen")).toBeGreaterThan(0.25);
    expect(correlation("laag_inkomen", "jeugdhulp_totaal")).toBeGreaterThan(0.4);
  });

  it("gives the same rows for a year whatever other years are asked (same population year)", () => {
    const only2023 = generateRegisterCounts(input({ years: [2023], populationYear: 2024 }));
    expect(only2023).toEqual(rows.filter((row) => row.jaar === 2023));
  });

  it("draws an indicator it does not know from its base, and leaves the others alone", () => {
    const extra = {
      ...catalogue.indicators[0]!,
      code: "nieuwe_indicator",
      base: "inwoners-18plus",
      byCategory: true,
      cbsKey: null,
    };
    const more = generateRegisterCounts(input({ catalogue: { ...catalogue, indicators: [...catalogue.indicators, extra] } }));
    expect(more.filter((row) => row.indicator !== "nieuwe_indicator")).toEqual(rows);
    const own = more.filter((row) => row.indicator === "nieuwe_indicator");
    expect(own).toHaveLength((1 + wijken.length + buurten.length) * YEARS.length * 5);
    expect(own.every((row) => row.basis === cell(row.gebiedscode, "bijstand", row.jaar, row.categorie).basis)).toBe(true);
  });

  it("refuses categories it cannot form and wijken it does not know", () => {
    const odd = {
      ...catalogue,
      categorySets: catalogue.categorySets.map((s) =>
        s.code === "leeftijd" ? { ...s, categories: [{ code: "0-9", name: { nl: "0 tot 10", en: "0 to 9" } }, ...s.categories.slice(1)] } : s,
      ),
    };
    expect(() => generateRegisterCounts(input({ catalogue: odd }))).toThrow(DemoInputError);
    expect(() => generateRegisterCounts(input({ wijken: wijken.slice(1) }))).toThrow(/not in the input/);
  });
});
