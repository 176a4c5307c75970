import { describe, expect, it } from "vitest";
import { type DownloadArea, type DownloadCell, downloadCells, downloadHeader, shownStatus, toDownloadRows } from "@/lib/downloads/to-download-rows.ts";

const AREAS: DownloadArea[] = [
  { level: "BUURT", code: "BU19910102", name: "Hoef", parentCode: "WK199101" },
  { level: "WIJK", code: "WK199102", name: "Volkel", parentCode: "GM1991" },
  { level: "BUURT", code: "BU19910101", name: "Centrum", parentCode: "WK199101" },
  { level: "GEMEENTE", code: "GM1991", name: "Maashorst", parentCode: null },
  { level: "WIJK", code: "WK199101", name: "Uden", parentCode: "GM1991" },
  { level: "BUURT", code: "BU19910201", name: "Volkel", parentCode: "WK199102" },
];

const published = (count: number, base: number, rate: number | null): DownloadCell => ({ status: "PUBLISHED", count, base, rate });

// Numbers on a withheld or missing cell are traps: were they ever stored, no file may show them.
const CELLS = new Map<string, DownloadCell>([
  ["GM1991", published(1235, 45_670, 2.7)],
  ["WK199101", published(880, 28_015, 3.1)],
  ["WK199102", { status: "SUPPRESSED", count: 35, base: 2105, rate: 1.7 }],
  ["BU19910101", published(45, 1400, 3.2)],
  ["BU19910102", { status: "NO_DATA", count: 20, base: 300, rate: 6.7 }],
]);

const rows = () => toDownloadRows({ indicator: "bijstand", year: 2024, areas: AREAS, cells: CELLS });

describe("toDownloadRows", () => {
  it("lists the gemeente, then its wijken, then its buurten, each by code", () => {
    expect(rows().map((row) => [row.niveau, row.code])).toEqual([
      ["gemeente", "GM1991"],
      ["wijk", "WK199101"],
      ["wijk", "WK199102"],
      ["buurt", "BU19910101"],
      ["buurt", "BU19910102"],
      ["buurt", "BU19910201"],
    ]);
  });

  it("names the wijk of a buurt only", () => {
    const byCode = new Map(rows().map((row) => [row.code, row]));
    expect(byCode.get("BU19910201")!.wijk).toBe("WK199102");
    expect(byCode.get("BU19910101")!.wijk).toBe("WK199101");
    expect(byCode.get("WK199101")!.wijk).toBeNull();
    expect(byCode.get("GM1991")!.wijk).toBeNull();
  });

  it("gives a published cell its count, base and value, with year and indicator on every row", () => {
    const centrum = rows().find((row) => row.code === "BU19910101")!;
    expect(centrum).toEqual({
      niveau: "buurt",
      code: "BU19910101",
      naam: "Centrum",
      wijk: "WK199101",
      jaar: 2024,
      indicator: "bijstand",
      status: "gepubliceerd",
      aantal: 45,
      basis: 1400,
      waarde: 3.2,
    });
  });

  it("leaves every number empty on a withheld or missing cell", () => {
    const byCode = new Map(rows().map((row) => [row.code, row]));
    for (const [code, status] of [
      ["WK199102", "afgeschermd"],
      ["BU19910102", "geenGegevens"],
      // No stored cell at all: no data, as on the map.
      ["BU19910201", "geenGegevens"],
    ] as const) {
      const row = byCode.get(code)!;
      expect(row.status, code).toBe(status);
      expect([row.aantal, row.basis, row.waarde], code).toEqual([null, null, null]);
    }
  });

  it("shows the status the pages show", () => {
    expect(shownStatus(undefined)).toBe("geenGegevens");
    expect(shownStatus({ status: "SUPPRESSED", count: null, base: null, rate: null })).toBe("afgeschermd");
    expect(shownStatus({ status: "NO_DATA", count: null, base: null, rate: null })).toBe("geenGegevens");
    expect(shownStatus(published(45, 1400, 3.2))).toBe("gepubliceerd");
    // A published cell without a count reads "geenGegevens" on the pages (formatIndicatorCell).
    expect(shownStatus({ status: "PUBLISHED", count: null, base: 80, rate: null })).toBe("geenGegevens");
  });

  it("keeps a count without a value (base too small for a rate)", () => {
    const [row] = toDownloadRows({ indicator: "x", year: 2024, areas: [AREAS[0]!], cells: new Map([["BU19910102", published(15, 60, null)]]) });
    expect(row).toMatchObject({ status: "gepubliceerd", aantal: 15, basis: 60, waarde: null });
  });
});

describe("downloadHeader and downloadCells", () => {
  it("name the value's scale in the header, as the pages write it", () => {
    expect(downloadHeader(100)).toEqual(["niveau", "code", "naam", "wijk", "jaar", "indicator", "status", "aantal", "basis", "waarde (%)"]);
    expect(downloadHeader(1000).at(-1)).toBe("waarde (per 1000)");
  });

  it("keep numbers as numbers and empty figures as null, in the header's order", () => {
    const [gemeente, , suppressed] = rows();
    expect(downloadCells(gemeente!)).toEqual(["gemeente", "GM1991", "Maashorst", null, 2024, "bijstand", "gepubliceerd", 1235, 45_670, 2.7]);
    expect(downloadCells(suppressed!)).toEqual(["wijk", "WK199102", "Volkel", null, 2024, "bijstand", "afgeschermd", null, null, null]);
    expect(downloadCells(gemeente!)).toHaveLength(downloadHeader(100).length);
  });
});
