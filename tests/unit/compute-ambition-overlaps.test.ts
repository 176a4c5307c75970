import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AreaGeometry, Ring } from "@/lib/geo/geometry.ts";
import { areaOf, overlapArea } from "@/lib/geo/polygon-overlap.ts";
import { computeAmbitionOverlaps } from "@/lib/omgevingsvisie/compute-ambition-overlaps.ts";
import { parseAmbitionFile } from "@/lib/omgevingsvisie/import/parse-ambition-file.ts";
import { VISIE_THEME_CODES } from "@/lib/omgevingsvisie/visie-themes.ts";

const DATA = path.resolve("..", "shared", "data");

/** Counter-clockwise rectangle ring with its lower-left corner at (x, y). */
function rect(x: number, y: number, width: number, height: number): Ring {
  return [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
    [x, y],
  ];
}
const polygon = (...rings: Ring[]): AreaGeometry => ({ type: "Polygon", coordinates: rings });
const clockwise = (ring: Ring): Ring => [...ring].reverse();

// A 1,000 × 1,000 m buurt (100 ha) in RD New near Uden.
const BUURT = { code: "BU19910101", geometryRd: polygon(rect(170000, 408000, 1000, 1000)) };

describe("areaOf and overlapArea", () => {
  it("subtracts holes and ignores winding", () => {
    expect(areaOf(polygon(clockwise(rect(0, 0, 10, 10)), rect(2, 2, 2, 2)))).toBe(96);
  });

  it("clips planar coordinates", () => {
    // The buurt ends at x = 171000; the other area starts at 170750: 250 × 1,000 m shared.
    const other = polygon(rect(170750, 408000, 500, 1000));
    expect(overlapArea(BUURT.geometryRd, other)).toBeCloseTo(250_000, 3);
  });

  it("gives 0 for areas that only share an edge or lie apart", () => {
    expect(overlapArea(BUURT.geometryRd, polygon(rect(171000, 408000, 100, 100)))).toBe(0);
    expect(overlapArea(BUURT.geometryRd, polygon(rect(180000, 408000, 100, 100)))).toBe(0);
  });
});

describe("computeAmbitionOverlaps", () => {
  it("gives share 1 for a buurt entirely inside an ambition", () => {
    // Ambition 2,000 × 2,000 around the buurt: the buurt is a quarter of it.
    const ambition = { id: "groot", rd: polygon(rect(169500, 407500, 2000, 2000)) };
    expect(computeAmbitionOverlaps([ambition], [BUURT])).toEqual([
      { ambitionId: "groot", buurtCode: "BU19910101", overlapM2: 1_000_000, shareOfBuurt: 1, shareOfAmbition: 0.25 },
    ]);
  });

  it("gives the hand-computed shares for a buurt partly inside", () => {
    // Ambition 1,000 × 1,000 shifted 500 m east and 500 m north: overlap 500 × 500 = 250,000 m²,
    // a quarter of the buurt and a quarter of the ambition.
    const ambition = { id: "half", rd: polygon(rect(170500, 408500, 1000, 1000)) };
    const [row] = computeAmbitionOverlaps([ambition], [BUURT]);
    expect(row).toMatchObject({ overlapM2: 250_000, shareOfBuurt: 0.25, shareOfAmbition: 0.25 });
  });

  it("gives no row for a buurt outside the ambition", () => {
    const ambition = { id: "elders", rd: polygon(rect(175000, 408000, 1000, 1000)) };
    expect(computeAmbitionOverlaps([ambition], [BUURT])).toEqual([]);
  });

  it("drops a sliver along the boundary, but keeps one that is a real part of a small buurt", () => {
    // 5 m × 1,000 m = 5,000 m² but 0.5 % of the 100 ha buurt: kept (≥ 1,000 m²).
    // 0.5 m × 1,000 m = 500 m², 0.05 %: dropped.
    const strip = { id: "strook", rd: polygon(rect(170995, 408000, 1000, 1000)) };
    const sliver = { id: "sliver", rd: polygon(rect(170999.5, 408000, 1000, 1000)) };
    const rows = computeAmbitionOverlaps([strip, sliver], [BUURT]);
    expect(rows.map((row) => row.ambitionId)).toEqual(["strook"]);
    expect(rows[0]!.overlapM2).toBe(5000);
    // A 50 × 50 m buurt (2,500 m²): 30 × 50 = 1,500 m² is kept by size, 500 m² (20 %) by share.
    const small = { code: "BU19910104", geometryRd: polygon(rect(170000, 408000, 50, 50)) };
    const cover = (width: number) => ({ id: `w${width}`, rd: polygon(rect(170000 - 100, 407900, 100 + width, 300)) });
    expect(computeAmbitionOverlaps([cover(30), cover(10)], [small]).map((row) => [row.ambitionId, row.overlapM2, row.shareOfBuurt])).toEqual([
      ["w30", 1500, 0.6],
      ["w10", 500, 0.2],
    ]);
  });

  it("does not count an ambition's hole", () => {
    // Ambition 2,000 × 2,000 (4,000,000 m²) with the buurt's east half as a hole
    // (170500–171000 × 408000–409000, 500,000 m²): area 3,500,000 m², overlap 500,000 m².
    const ambition = {
      id: "met-gat",
      rd: polygon(rect(169500, 407500, 2000, 2000), clockwise(rect(170500, 408000, 500, 1000))),
    };
    const [row] = computeAmbitionOverlaps([ambition], [BUURT]);
    expect(row).toMatchObject({ overlapM2: 500_000, shareOfBuurt: 0.5, shareOfAmbition: 0.1429 });
  });

  it("finds every demo ambition in at least one real buurt", () => {
    const demo = parseAmbitionFile(
      fs.readFileSync(path.resolve("prisma", "seed", "omgevingsvisie-demo.geojson"), "utf8"),
      "omgevingsvisie-demo.geojson",
    );
    expect(demo.length).toBeGreaterThanOrEqual(8);
    expect(new Set(demo.map((ambition) => ambition.theme))).toEqual(new Set(VISIE_THEME_CODES));
    expect(demo.every((ambition) => ambition.isDemo)).toBe(true);
    for (const ambition of demo) {
      expect(ambition.textNl.startsWith("Voorbeeldtekst:"), ambition.id).toBe(true);
      expect(ambition.textEn.startsWith("Example text:"), ambition.id).toBe(true);
    }

    const collection = JSON.parse(fs.readFileSync(path.join(DATA, "buurten_2022_maashorst_rd.geojson"), "utf8")) as {
      features: { properties: { buurtcode: string }; geometry: AreaGeometry }[];
    };
    const buurten = collection.features.map((f) => ({ code: f.properties.buurtcode, geometryRd: f.geometry }));
    const overlaps = computeAmbitionOverlaps(demo, buurten);
    for (const ambition of demo) {
      expect(overlaps.some((row) => row.ambitionId === ambition.id), ambition.id).toBe(true);
    }
    // Some ambition lies within one buurt, and one reaches beyond the gemeente.
    const shares = demo.map((ambition) =>
      overlaps.filter((row) => row.ambitionId === ambition.id).reduce((sum, row) => sum + row.shareOfAmbition, 0),
    );
    expect(overlaps.some((row) => row.shareOfAmbition === 1)).toBe(true);
    expect(shares.some((share) => share < 0.9)).toBe(true);
  });
});
