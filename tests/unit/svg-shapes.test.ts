import { describe, expect, it } from "vitest";
import type { AreaGeometry, Position } from "@/lib/geo/geometry.ts";
import { wgs84ToRd } from "@/lib/geo/rd-new.ts";
import { svgFrame, svgPathData } from "@/lib/geo/svg-shapes.ts";

/** Reads back "M x y l dx dy … z" subpaths into absolute points, as a browser would. */
function parsePath(d: string): Position[][] {
  return d
    .split("z")
    .filter(Boolean)
    .map((subpath) => {
      const match = subpath.match(/^M([^l]+)(?:l(.*))?$/);
      expect(match, `unexpected path syntax: ${subpath}`).not.toBeNull();
      const numbers = (text: string) => (text.match(/-?\d+/g) ?? []).map(Number);
      const [x0, y0] = numbers(match![1]!);
      const points: Position[] = [[x0!, y0!]];
      const steps = numbers(match![2] ?? "");
      for (let i = 0; i < steps.length; i += 2) {
        const [px, py] = points.at(-1)!;
        points.push([px + steps[i]!, py + steps[i + 1]!]);
      }
      return points;
    });
}

const uden: AreaGeometry = {
  type: "Polygon",
  coordinates: [
    [
      [5.6, 51.65],
      [5.61, 51.65],
      [5.61, 51.66],
      [5.6, 51.66],
      [5.6, 51.65],
    ],
    [
      [5.603, 51.653],
      [5.603, 51.655],
      [5.605, 51.655],
      [5.603, 51.653],
    ],
  ],
};

describe("svgPathData", () => {
  it("draws every ring in RD metres with north up, to the metre", () => {
    const rings = parsePath(svgPathData(uden));
    expect(rings).toHaveLength(2);
    uden.coordinates[0]!.slice(0, -1).forEach((position, index) => {
      const [x, y] = wgs84ToRd(position as Position);
      expect(rings[0]![index]![0]).toBeCloseTo(x, -0.5);
      expect(rings[0]![index]![1]).toBeCloseTo(-y, -0.5);
    });
    // North is up: the northern edge has the smaller SVG y.
    expect(rings[0]![2]![1]).toBeLessThan(rings[0]![1]![1]);
  });

  it("draws each part of a MultiPolygon as its own subpath", () => {
    const multi: AreaGeometry = { type: "MultiPolygon", coordinates: [[uden.coordinates[0]!], [uden.coordinates[1]!]] };
    expect(parsePath(svgPathData(multi))).toHaveLength(2);
  });
});

describe("svgFrame", () => {
  it("encloses every point with a margin", () => {
    const [minX, minY, width, height] = svgFrame([uden]).viewBox.split(" ").map(Number) as [number, number, number, number];
    for (const [x, y] of parsePath(svgPathData(uden)).flat()) {
      expect(x).toBeGreaterThan(minX);
      expect(x).toBeLessThan(minX + width);
      expect(y).toBeGreaterThan(minY);
      expect(y).toBeLessThan(minY + height);
    }
  });
});
