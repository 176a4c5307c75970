import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/downloads/to-csv.ts";

const BOM = "\uFEFF";

/** The lines of a CSV body after its byte-order mark, split on CRLF only. */
function linesOf(csv: string): string[] {
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  return csv.slice(BOM.length, -2).split("\r\n");
}

describe("toCsv", () => {
  it("starts with a byte-order mark and ends every line, the last one included, with CRLF", () => {
    const csv = toCsv([], ["a", "b"], [["x", 1], ["y", 2]]);
    expect(csv).toBe(`${BOM}a,b\r\nx,1\r\ny,2\r\n`);
    // No bare LF anywhere: every LF belongs to a CRLF.
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("quotes cells with a comma, a double quote or a line break, and doubles the quotes", () => {
    const csv = toCsv([], ["naam"], [["Uden, Centrum"], ['De "Hoef"'], ["twee\nregels"], ["cr\rin"], ["gewoon"]]);
    expect(linesOf(csv).slice(1).join("\r\n")).toBe(['"Uden, Centrum"', '"De ""Hoef"""', '"twee\nregels"', '"cr\rin"', "gewoon"].join("\r\n"));
  });

  it("keeps UTF-8 names as they are", () => {
    expect(linesOf(toCsv([], ["naam"], [["Zeeland-Oost – ’t Hof"]]))[1]).toBe("Zeeland-Oost – ’t Hof");
  });

  it("writes empty cells for null and numbers with a decimal point", () => {
    expect(linesOf(toCsv([], ["a", "b", "c", "d"], [[null, 12.3, 0, 1000]]))[1]).toBe(",12.3,0,1000");
    expect(linesOf(toCsv([], ["a"], [[Number.NaN]]))[1]).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula, but leaves numbers alone", () => {
    const cells = ["=SUM(A1:A2)", "+31", "-1", "@cmd", "\tstart", "\rstart", "=1,2"];
    const [, ...rows] = linesOf(toCsv([], ["x"], cells.map((cell) => [cell])));
    expect(rows).toEqual(["'=SUM(A1:A2)", "'+31", "'-1", "'@cmd", "'\tstart", `"'\rstart"`, `"'=1,2"`]);
    // A negative number in a numeric column stays a number a spreadsheet can add up.
    expect(linesOf(toCsv([], ["waarde"], [[-2.5]]))[1]).toBe("-2.5");
    // Text that merely contains the characters later is not touched.
    expect(linesOf(toCsv([], ["x"], [["a=b"]]))[1]).toBe("a=b");
  });

  it("guards the header too", () => {
    expect(linesOf(toCsv([], ["=kop", "waarde (%)"], []))[0]).toBe("'=kop,waarde (%)");
  });

  it("puts the note before the header as # comment lines, one per line of text", () => {
    const lines = linesOf(toCsv(["Eerste regel, met komma", "", "twee\nregels"], ["a"], [["x"]]));
    expect(lines).toEqual(["# Eerste regel, met komma", "#", "# twee", "# regels", "a", "x"]);
  });

  it("never lets a note line become a data line", () => {
    const lines = linesOf(toCsv(["=GEVAAR()\r\nniveau,code"], ["niveau"], []));
    expect(lines.slice(0, -1).every((line) => line.startsWith("#"))).toBe(true);
    expect(lines.at(-1)).toBe("niveau");
  });
});
