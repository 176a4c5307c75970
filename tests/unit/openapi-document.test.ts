import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document.ts";
import { toValue } from "@/lib/api/to-value.ts";
import { openApiValidator } from "../support/openapi-validator.ts";

const document = openApiDocument("https://buurtbeeld.example/api/v1");
const validate = openApiValidator(document);
const links = (href: string) => ({ self: { href }, first: { href }, last: { href } });

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner)));
  }
  return [];
}

describe("the OpenAPI document", () => {
  it("resolves every $ref inside itself", () => {
    const names = Object.keys(document.components.schemas);
    for (const ref of refsIn(document)) expect(names).toContain(ref.replace("#/components/schemas/", ""));
  });

  it("documents every collection of the Dutch resource names", () => {
    for (const name of ["buurten", "wijken", "indicatoren", "waarden", "voorzieningen", "ambities", "initiatieven"]) {
      expect(Object.keys(document.paths)).toContain(`/${name}`);
    }
  });

  it("accepts the values the handlers build, withheld ones included", () => {
    const body = {
      release: { id: 3, gepubliceerdOp: "2026-01-01T00:00:00.000Z", demo: true },
      waarden: [
        toValue({ indicatorCode: "wmo", year: 2024, areaCode: "BU19910101", category: "totaal", status: "PUBLISHED", count: 40, base: 1200, rate: 33.3 }, 1000),
        toValue({ indicatorCode: "wmo", year: 2024, areaCode: "BU19910102", category: "totaal", status: "SUPPRESSED", count: null, base: null, rate: null }, 1000),
      ],
      _links: links("https://buurtbeeld.example/api/v1/waarden"),
    };
    expect(validate("Waarden", body)).toEqual([]);
  });

  it("refuses a field it does not document, so a raw count could not slip out unnoticed", () => {
    const value = toValue({ indicatorCode: "wmo", year: 2024, areaCode: "BU19910101", category: "totaal", status: "PUBLISHED", count: 40, base: 1200, rate: 33.3 }, 1000);
    expect(validate("Waarde", { ...value, ruwAantal: 37 })).not.toEqual([]);
    expect(validate("Waarde", { ...value, status: "geheim" })).not.toEqual([]);
  });

  it("describes problems as RFC 9457 with invalid-params", () => {
    const problem = { type: "about:blank", title: "Ongeldige parameter", status: 400, "invalid-params": [{ name: "pagina", reason: "moet een geheel getal zijn" }] };
    expect(validate("Probleem", problem)).toEqual([]);
    expect(validate("Probleem", { ...problem, stack: "Error at …" })).not.toEqual([]);
  });
});
