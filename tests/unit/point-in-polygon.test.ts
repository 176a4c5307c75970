import { describe, expect, it } from "vitest";
import type { AreaGeometry } from "../../lib/geo/geometry.ts";
import { pointInPolygon } from "../../lib/geo/point-in-polygon.ts";

const square = (x0: number, y0: number, size: number) => [
  [x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0],
] as [number, number][];

describe("pointInPolygon", () => {
  const withHole: AreaGeometry = { type: "Polygon", coordinates: [square(0, 0, 100), square(40, 40, 20).reverse()] };
  const twoParts: AreaGeometry = { type: "MultiPolygon", coordinates: [[square(0, 0, 10)], [square(50, 50, 10)]] };

  it("finds points inside the outer ring and outside its holes", () => {
    expect(pointInPolygon([10, 10], withHole)).toBe(true);
    expect(pointInPolygon([50, 50], withHole)).toBe(false);
    expect(pointInPolygon([150, 50], withHole)).toBe(false);
  });

  it("looks in every part of a MultiPolygon", () => {
    expect(pointInPolygon([55, 55], twoParts)).toBe(true);
    expect(pointInPolygon([5, 5], twoParts)).toBe(true);
    expect(pointInPolygon([30, 30], twoParts)).toBe(false);
  });
});
