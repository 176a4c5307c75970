import { describe, expect, it } from "vitest";
import { geometryMeetsBbox, parseBbox, pointInBbox } from "@/lib/api/bbox.ts";
import type { AreaGeometry } from "@/lib/geo/geometry.ts";

const square: AreaGeometry = { type: "Polygon", coordinates: [[[5.6, 51.6], [5.7, 51.6], [5.7, 51.7], [5.6, 51.7], [5.6, 51.6]]] };

describe("bbox", () => {
  it("parses four numbers in CRS84 order", () => {
    expect(parseBbox("5.5,51.5,5.8,51.8")).toEqual([5.5, 51.5, 5.8, 51.8]);
  });

  it("finds an area that lies inside, overlaps or contains the box, and not one beside it", () => {
    expect(geometryMeetsBbox(square, [5.5, 51.5, 5.8, 51.8])).toBe(true);
    expect(geometryMeetsBbox(square, [5.65, 51.65, 5.9, 51.9])).toBe(true);
    expect(geometryMeetsBbox(square, [5.62, 51.62, 5.63, 51.63])).toBe(true);
    expect(geometryMeetsBbox(square, [5.71, 51.6, 5.9, 51.7])).toBe(false);
  });

  it("finds a point on the edge of the box", () => {
    expect(pointInBbox(5.6, 51.6, [5.6, 51.6, 5.7, 51.7])).toBe(true);
    expect(pointInBbox(5.59, 51.6, [5.6, 51.6, 5.7, 51.7])).toBe(false);
  });
});
