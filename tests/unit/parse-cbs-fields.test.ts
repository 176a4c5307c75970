import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCbsFields } from "@/lib/figures/import/parse-cbs-fields.ts";
import { ImportError, type ImportProblem } from "@/lib/import/import-problem.ts";

const DATA = path.resolve("../shared/data");
const FILE = "fields.csv";
const HEADER = "key,type,group,title,unit,decimals,description";

function problemsOf(run: () => unknown): ImportProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error("expected an ImportError, but the file was accepted");
}

const fieldsFile = (...rows: string[]) => [HEADER, ...rows].join("\n") + "\n";

describe("parseCbsFields: the real KWB 2024 field list (85984NED)", () => {
  const fields = parseCbsFields(fs.readFileSync(path.join(DATA, "kwb_85984NED_2024_fields.csv"), "utf8"), FILE);
  const byKey = new Map(fields.map((field) => [field.key, field]));

  it("reads all 129 fields, numbered in file order", () => {
    expect(fields).toHaveLength(129);
    expect(fields.map((field) => field.position)).toEqual(fields.map((_, index) => index + 1));
    expect(fields[0]?.key).toBe("WijkenEnBuurten");
  });

  it("marks the region columns as region, not as figures", () => {
    for (const key of [
      "WijkenEnBuurten",
      "Gemeentenaam_1",
      "SoortRegio_2",
      "Codering_3",
      "IndelingswijzigingGemeenteWijkBuurt_4",
    ]) {
      expect(byKey.get(key)?.role, key).toBe("region");
    }
  });

  it("marks the eight columns of the figures file as figures", () => {
    for (const key of [
      "AantalInwoners_5",
      "Mannen_6",
      "Vrouwen_7",
      "Bevolkingsdichtheid_34",
      "Woningvoorraad_35",
      "OppervlakteTotaal_122",
      "OppervlakteLand_123",
      "OppervlakteWater_124",
    ]) {
      expect(byKey.get(key)?.role, key).toBe("figure");
    }
  });

  it("keeps title, group, unit and decimals", () => {
    expect(byKey.get("AantalInwoners_5")).toMatchObject({
      title: "Aantal inwoners",
      topicGroup: "Bevolking",
      unit: "aantal",
      decimals: 0,
      description: null,
    });
    expect(byKey.get("k_40HuishoudensMetLaagsteInkomen_87")).toMatchObject({ unit: "%", decimals: 1 });
  });

  it("keeps titles and descriptions that contain ';' whole", () => {
    const bijstand = byKey.get("PersonenPerSoortUitkeringBijstand_94");
    expect(bijstand?.title).toBe("Personen per soort uitkering; Bijstand");
    expect(bijstand?.description).toMatch(/^Personen die een bijstandsuitkering/);
    expect(bijstand?.description).toMatch(/meest recente cijfers\.$/);
    // The field after it is still its own field.
    expect(byKey.get("PersonenPerSoortUitkeringAO_95")?.title).toBe("Personen per soort uitkering; AO");
  });
});

describe("parseCbsFields: synthetic lists", () => {
  it("reads a description with ';' and commas in quotes", () => {
    const [field] = parseCbsFields(fieldsFile('A_1,Topic,Bevolking,Aantal,aantal,0,"Eén; twee, drie; vier"'), FILE);
    expect(field).toMatchObject({ key: "A_1", role: "figure", description: "Eén; twee, drie; vier" });
  });

  it("skips topic groups and treats text units as region columns", () => {
    const fields = parseCbsFields(
      fieldsFile(
        "Bevolking,TopicGroup,,Bevolking,,,",
        "Naam_1,Topic,Overig,Naam,naam,0,",
        "Postcode_2,Topic,Overig,Postcode,code,0,",
        "A_3,Topic,Bevolking,Aantal,aantal,,",
      ),
      FILE,
    );
    expect(fields.map(({ key, role, decimals }) => ({ key, role, decimals }))).toEqual([
      { key: "Naam_1", role: "region", decimals: 0 },
      { key: "Postcode_2", role: "region", decimals: 0 },
      { key: "A_3", role: "figure", decimals: 0 },
    ]);
  });

  it("refuses a list without the key, type or title column", () => {
    expect(problemsOf(() => parseCbsFields("key,group\nA_1,Bevolking\n", FILE))).toEqual([
      { file: FILE, key: "missingColumns", values: { columns: "type, title" } },
    ]);
  });

  it("refuses a malformed field key, a duplicate and bad decimals, each with its line", () => {
    const problems = problemsOf(() =>
      parseCbsFields(
        fieldsFile(
          "A_1,Topic,Bevolking,Aantal,aantal,0,",
          "1Fout,Topic,Bevolking,Fout,aantal,0,",
          "A_1,Topic,Bevolking,Nog eens,aantal,0,",
          "B_2,Topic,Bevolking,B,aantal,veel,",
          "C_3,Topic,Bevolking,C,aantal,7,",
        ),
        FILE,
      ),
    );
    expect(problems).toEqual([
      { file: FILE, item: 3, key: "invalidFieldKey", values: { value: "1Fout" } },
      { file: FILE, item: 4, code: "A_1", key: "duplicateField" },
      { file: FILE, item: 5, code: "B_2", key: "invalidDecimals", values: { value: "veel" } },
      { file: FILE, item: 6, code: "C_3", key: "invalidDecimals", values: { value: "7" } },
    ]);
  });

  it("refuses a list without any figure", () => {
    expect(problemsOf(() => parseCbsFields(fieldsFile("Naam_1,Topic,Regioaanduiding,Naam,naam,0,"), FILE))).toEqual([
      { file: FILE, key: "noFigureFields" },
    ]);
  });

  it("refuses an empty file", () => {
    expect(problemsOf(() => parseCbsFields("", FILE))).toEqual([{ file: FILE, key: "emptyFile" }]);
  });
});
