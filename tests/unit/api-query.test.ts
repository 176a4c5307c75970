import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiProblem } from "@/lib/api/api-problem.ts";
import { bboxParam, codeParam, intParam, paginationParams, parseApiQuery } from "@/lib/api/api-query.ts";
import { reasonTranslator } from "./support/api-reasons.ts";

const nl = reasonTranslator("nl");
const en = reasonTranslator("en");
const shape = { ...paginationParams, bbox: bboxParam.optional(), soort: z.enum(["huisarts", "apotheek"]).optional(), code: codeParam(/^[a-z]+$/).optional() };

function refusal(query: string, t = nl): ApiProblem {
  try {
    parseApiQuery(new URLSearchParams(query), shape, t);
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error(`"${query}" was accepted`);
}

describe("parseApiQuery", () => {
  it("reads valid parameters into typed values", () => {
    const query = parseApiQuery(new URLSearchParams("pagina=2&paginaGrootte=50&bbox=5.5,51.6,5.7,51.7&soort=huisarts"), shape, nl);
    expect(query).toEqual({ pagina: 2, paginaGrootte: 50, bbox: [5.5, 51.6, 5.7, 51.7], soort: "huisarts" });
  });

  it("refuses a misspelt parameter instead of ignoring the filter", () => {
    const problem = refusal("paginagrootte=10");
    expect(problem.status).toBe(400);
    expect(problem.invalidParams).toEqual([{ name: "paginagrootte", reason: "onbekende parameter" }]);
  });

  it("refuses a repeated parameter", () => {
    expect(refusal("soort=huisarts&soort=apotheek").invalidParams).toEqual([{ name: "soort", reason: "parameter komt meer dan eens voor" }]);
  });

  it("names the bounds of a page size out of range, in the client's language", () => {
    expect(refusal("paginaGrootte=500").invalidParams).toEqual([{ name: "paginaGrootte", reason: "moet tussen 1 en 100 liggen" }]);
    expect(refusal("paginaGrootte=0", en).invalidParams).toEqual([{ name: "paginaGrootte", reason: "must be between 1 and 100" }]);
  });

  it("refuses numbers that are not whole, negative or written otherwise", () => {
    for (const value of ["1.5", "-1", "1e2", "twee", "", "99999999999"]) {
      expect(refusal(`pagina=${value}`).invalidParams[0]).toEqual({ name: "pagina", reason: "moet een geheel getal zijn" });
    }
  });

  it("lists the allowed values of an enumeration", () => {
    expect(refusal("soort=kapper").invalidParams).toEqual([{ name: "soort", reason: "moet een van deze waarden zijn: huisarts, apotheek" }]);
  });

  it("refuses a bbox that is not a box on the globe", () => {
    for (const value of ["5,51,6", "5,51,6,52,7", "6,51,5,52", "5,52,6,51", "a,b,c,d", "5,51,,52", "5,-91,6,52", "-181,51,6,52"]) {
      expect(refusal(`bbox=${value}`).invalidParams[0]?.name).toBe("bbox");
    }
  });

  it("reports every bad parameter at once", () => {
    const names = refusal("pagina=0&foo=1&soort=x").invalidParams.map((param) => param.name).sort();
    expect(names).toEqual(["foo", "pagina", "soort"]);
  });

  it("refuses script in a code", () => {
    expect(refusal("code=%3Cscript%3E").invalidParams).toEqual([{ name: "code", reason: "is geen geldige code" }]);
  });

  it("accepts an empty query", () => {
    expect(parseApiQuery(new URLSearchParams(""), shape, nl)).toEqual({});
  });

  it("bounds whole numbers on both sides", () => {
    const year = { jaar: intParam(1900, 2999) };
    expect(parseApiQuery(new URLSearchParams("jaar=2024"), year, nl)).toEqual({ jaar: 2024 });
    expect(() => parseApiQuery(new URLSearchParams("jaar=1899"), year, nl)).toThrow(ApiProblem);
  });
});
